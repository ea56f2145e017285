package com.caio.engine.upskilling.model;

/** The curriculum as the rules see it: its length and how many modules it has. */
public record CurriculumPlan(int months, int modules) {
}
