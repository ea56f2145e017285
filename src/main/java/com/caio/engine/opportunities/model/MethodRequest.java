package com.caio.engine.opportunities.model;

/**
 * The scoring method the engagement asks for, lower case; {@code default} when it names
 * none.
 */
public record MethodRequest(String method) {
}
