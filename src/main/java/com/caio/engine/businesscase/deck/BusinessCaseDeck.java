package com.caio.engine.businesscase.deck;

import com.caio.engine.businesscase.BusinessCaseReport;

/** The 10-12 slide business case (PPTX). */
public final class BusinessCaseDeck {

	private BusinessCaseDeck() {
	}

	public static byte[] render(BusinessCaseReport report) {
		throw new UnsupportedOperationException("not yet");
	}
}
