package com.caio.engine.businesscase.deck;

import com.caio.engine.businesscase.BusinessCaseReport;

/** The one-page executive summary (PDF). */
public final class ExecutiveSummary {

	private ExecutiveSummary() {
	}

	public static byte[] render(BusinessCaseReport report) {
		throw new UnsupportedOperationException("not yet");
	}
}
