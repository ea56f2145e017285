package com.caio.engine.rules;

/**
 * A tunable number of a capability's policy, inserted by the capability's
 * {@code policy.drl.csv}: rules join on it by name, and Java reads it from the compiled
 * rule set with {@link Policies}, so each number lives once.
 *
 * @param rule the name of the table row that set it
 */
public record Policy(String name, double value, String rule) {
}
