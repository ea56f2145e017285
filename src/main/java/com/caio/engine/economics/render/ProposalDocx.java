package com.caio.engine.economics.render;

import com.caio.engine.economics.EconomicsResult;
import com.caio.engine.print.DocxBlocks;

/** The engagement proposal as a Word document a consultant edits. */
public final class ProposalDocx {

	private ProposalDocx() {
	}

	public static byte[] render(EconomicsResult result) {
		return DocxBlocks.render(ProposalOutline.of(result));
	}

}
