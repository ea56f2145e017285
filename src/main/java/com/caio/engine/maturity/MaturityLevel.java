package com.caio.engine.maturity;

import java.util.List;

/** Derived by rule: the level a subject is given, with the rules that decided it. */
public record MaturityLevel(String segment, String subject, int level, String name, List<String> rules) {
}
