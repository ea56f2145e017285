package com.caio.engine.economics.render;

import com.caio.engine.print.Block;
import com.caio.engine.print.PdfBlocks;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.economics.EconomicsResult;

/**
 * The one-page cost-benefit summary for finance: the cost comparison, the chart, time to
 * value, avoided waste, what moves the saving and the verdict.
 */
public final class CostBenefitSummary {

	private CostBenefitSummary() {
	}

	public static byte[] render(EconomicsResult r) {
		Narrative says = new Narrative(r);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Title("Cost-benefit summary: " + r.name(), (r.client() == null ? "" : r.client() + "  |  ")
				+ "Fractional Chief AI Officer against a full-time " + "hire  |  figures in " + r.currency()));
		blocks.add(new Block.Para(says.verdict(), true));
		blocks.add(new Block.Heading("Cost"));
		blocks.add(new Block.Para(says.headline(), false));
		blocks.add(ProposalOutline.costTable(r.comparison(), r.currency()));
		blocks.add(new Block.Picture(CostChart.cumulative(r, 1500, 520), 500, 173));
		blocks.add(new Block.Heading("Time to value"));
		blocks.add(new Block.Para(says.timeToValue(), false));
		blocks.add(new Block.Heading("Avoided waste"));
		blocks.add(new Block.Para(says.avoidedWaste(), false));
		blocks.add(new Block.Heading("What moves the saving"));
		blocks.add(new Block.Bullets(says.drivers(3)));
		blocks.add(new Block.Para(says.breakEven(), false));
		long unsourced = r.assumptions().stream().filter(f -> f.source() == null).count();
		blocks.add(new Block.Heading("Assumptions"));
		blocks.add(new Block.Para(r.assumptions().size() + " figures, "
				+ (unsourced == 0 ? "each traced to its source" : unsourced + " without a source (untraceable)")
				+ "; the register is in the proposal.", false));
		return new PdfBlocks(9).render("Cost-benefit summary: " + r.name(), blocks);
	}

}
