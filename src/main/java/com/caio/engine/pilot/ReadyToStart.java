package com.caio.engine.pilot;

/** Derived by rule when no readiness gap remains. */
public record ReadyToStart(String pilot, String ruleId) {
}
