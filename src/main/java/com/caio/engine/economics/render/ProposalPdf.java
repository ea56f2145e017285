package com.caio.engine.economics.render;

import com.caio.engine.print.PdfBlocks;
import com.caio.engine.economics.EconomicsResult;

/** The engagement proposal as PDF, with the same content as the DOCX. */
public final class ProposalPdf {

	private ProposalPdf() {
	}

	public static byte[] render(EconomicsResult result) {
		return new PdfBlocks(10).render("Engagement proposal: " + result.name(), ProposalOutline.of(result));
	}

}
