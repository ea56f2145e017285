package com.caio.engine.governance.model;

/**
 * An input of the pack: what it is (pack, kpis, risk this quarter ...), its name and
 * SHA-256.
 */
public record InputStamp(String role, String name, String sha256) {
}
