package com.caio.engine.rules;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The injection attempts of {@link RuleInjectionTests} for tests in other packages (the
 * editor feeds the same corpus through its endpoints): name, file text, and where and
 * what the refusal says.
 */
public final class InjectionCorpus {

	/** The canary every attempt tries to set. */
	public static final String CANARY = RuleInjectionTests.CANARY;

	private InjectionCorpus() {
	}

	/** DRL files in package {@code maturity}. */
	public static Stream<Arguments> drl() {
		return RuleInjectionTests.drlInjections();
	}

	/** Decision tables ({@code .drl.csv}) in package {@code maturity}. */
	public static Stream<Arguments> tables() {
		return RuleInjectionTests.tableInjections();
	}

}
