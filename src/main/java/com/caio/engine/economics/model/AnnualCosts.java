package com.caio.engine.economics.model;

/** The steady-state annual cost of each option, for the plausibility rules. */
public record AnnualCosts(String currency, double fractionalSteadyState, double fullTimeSteadyState) {
}
