package com.caio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Arrays;

import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every result orders by a total key: each shipped example, assessed 20 times, gives the
 * same bytes every time.
 */
class DeterminismTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "maturity, examples/survey-wide.csv", "maturity, examples/survey-long.csv",
			"maturity, examples/survey-forms-export.csv", "risk, examples/risk-register.csv",
			"businesscase, examples/business-case.yaml", "businesscase, examples/business-case-long-horizon.yaml",
			"pilot, examples/pilot-plan.yaml", "economics, examples/economics.yaml",
			"onboarding, examples/onboarding.yaml", "upskilling, examples/upskilling/programme.yaml" })
	void theSameExampleGivesTheSameBytesTwentyTimes(String kind, String example) throws Exception {
		Capability<?, ?> capability = capability(kind);
		byte[] first = assess(capability, Path.of(example));
		for (int i = 1; i < 20; i++) {
			byte[] again = assess(capability, Path.of(example));
			assertThat(Arrays.equals(again, first)).as("run %d of %s differs from the first", i + 1, example).isTrue();
		}
	}

	private static <I, R> byte[] assess(Capability<I, R> capability, Path file) {
		RuleSet rules = ShippedRules.get();
		return JSON.writeValueAsBytes(capability.assess(capability.read(Source.file(file), rules), rules));
	}

	static Capability<?, ?> capability(String kind) throws Exception {
		for (Class<?> type : CapabilityContractTests.capabilityClasses()) {
			Capability<?, ?> capability = (Capability<?, ?>) build(type);
			if (capability.kind().equals(kind)) {
				return capability;
			}
		}
		throw new AssertionError("no capability " + kind);
	}

	/**
	 * Builds a class with the engine's own collaborators it needs to read and assess;
	 * storage and lookups of stored runs are left out (null).
	 */
	private static Object build(Class<?> type) throws Exception {
		if (type == JsonMapper.class) {
			return JSON;
		}
		if (type.isInterface() || !type.getName().startsWith("com.caio.engine")
				|| type.getSimpleName().endsWith("Store")) {
			return null;
		}
		Constructor<?> constructor = type.getDeclaredConstructors()[0];
		constructor.setAccessible(true);
		Object[] args = new Object[constructor.getParameterCount()];
		for (int i = 0; i < args.length; i++) {
			args[i] = build(constructor.getParameterTypes()[i]);
		}
		try {
			return constructor.newInstance(args);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("cannot build " + constructor + " from " + Arrays.toString(args), ex);
		}
	}

}
