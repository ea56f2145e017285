package com.caio.engine.pilot;

/** The fact that asks the readiness rules to judge one pilot's checklist. */
public record ReadinessCheck(String pilot) {
}
