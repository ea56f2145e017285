package com.caio.engine.maturity;

/** Derived by the level bands table: a score reaches this level's band. */
public record LevelCandidate(String segment, String subject, int level, String name, String rule) {
}
