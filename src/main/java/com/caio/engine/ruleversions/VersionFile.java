package com.caio.engine.ruleversions;

/** A file of a kept version: its path below the rules folder, SHA-256 and size. */
public record VersionFile(String path, String sha256, long size) {
}
