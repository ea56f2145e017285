package com.caio.engine.economics.model;

/**
 * Derived: no blocking finding remains, so the proposal can go to finance for signature.
 */
public record ReadyForSignature(String rule) {
}
