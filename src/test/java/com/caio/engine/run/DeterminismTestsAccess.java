package com.caio.engine.run;

/**
 * Lets tests of other packages build a capability the way {@link DeterminismTests} does.
 */
public final class DeterminismTestsAccess {

	private DeterminismTestsAccess() {
	}

	public static Capability<?, ?> capability(String kind) throws Exception {
		return DeterminismTests.capability(kind);
	}

}
