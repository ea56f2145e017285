package com.caio.engine.onboarding.model;

/** An item (a criterion or a milestone) that is done when its deliverable is accepted. */
public record CompletesOnAcceptance(String subject, String deliverable) {
}
