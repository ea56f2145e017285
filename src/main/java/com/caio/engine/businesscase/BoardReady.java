package com.caio.engine.businesscase;

/** Derived when no blocking finding remains: the case can go to the board. */
public record BoardReady(String rule) {
}
