package com.caio.engine.economics.model;

/** Derived: the proposal has scope, hours, SLAs by priority and deliverables. */
public record ProposalComplete(String rule) {
}
