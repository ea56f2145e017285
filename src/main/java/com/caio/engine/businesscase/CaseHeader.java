package com.caio.engine.businesscase;

/** The case as a whole, for rules about the horizon. */
public record CaseHeader(String name, int horizonMonths, String longerHorizonRationale) {

	public boolean hasLongerHorizonRationale() {
		return longerHorizonRationale != null && !longerHorizonRationale.isBlank();
	}
}
