package com.caio.engine.opportunities.model;

/** How many use cases the backlog holds. */
public record BacklogSize(int count) {
}
