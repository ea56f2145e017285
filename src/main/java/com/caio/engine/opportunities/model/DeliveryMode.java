package com.caio.engine.opportunities.model;

/** Who delivers the MVP: the internal team alone, or with the fractional CAIO. */
public enum DeliveryMode {

	INTERNAL("Internal team only"), ASSISTED("With the fractional CAIO");

	private final String label;

	DeliveryMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
