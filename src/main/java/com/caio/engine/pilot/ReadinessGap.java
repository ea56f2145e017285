package com.caio.engine.pilot;

/** Derived by rule: a checklist item that keeps the pilot from starting, and why. */
public record ReadinessGap(String ruleId, String item, String reason) {
}
