package com.caio.engine.run;

/**
 * A capability that states its kind and result type once, in its constructor:
 * {@code super("maturity", MaturityReport.class)}.
 */
public abstract class AbstractCapability<I, R> implements Capability<I, R> {

	private final String kind;

	private final Class<R> resultType;

	protected AbstractCapability(String kind, Class<R> resultType) {
		this.kind = kind;
		this.resultType = resultType;
	}

	@Override
	public final String kind() {
		return kind;
	}

	@Override
	public final Class<R> resultType() {
		return resultType;
	}

}
