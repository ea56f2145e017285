package com.caio.engine.economics;

import java.util.List;
import java.util.Map;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.render.CostBenefitSummary;
import com.caio.engine.economics.render.EconomicsText;
import com.caio.engine.economics.render.ProposalDocx;
import com.caio.engine.economics.render.ProposalPdf;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/**
 * Engagement economics: a fractional Chief AI Officer against a full-time hire, judged by
 * {@code rules/economics/}, with the proposal (DOCX, and PDF as {@code proposal-pdf}) and
 * the one-page cost-benefit summary ({@code pdf}). {@code --proposal OUT.docx} and
 * {@code --summary OUT.pdf} write them from the command line.
 */
@Component
class EconomicsCapability extends AbstractCapability<EngagementEconomics, EconomicsResult> {

	static final String KIND = "economics";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** An economics file is a few kilobytes; anything much larger is not one. */
	static final int MAX_BYTES = 1 << 20;

	private final EconomicsReader reader = new EconomicsReader();

	private final EconomicsAssessor assessor = new EconomicsAssessor();

	EconomicsCapability() {
		super(KIND, EconomicsResult.class);
	}

	@Override
	public EngagementEconomics read(Source source, RuleSet rules) {
		return reader.read(source.bytes(MAX_BYTES), source.name());
	}

	@Override
	public EconomicsResult assess(EngagementEconomics input, RuleSet rules) {
		return assessor.assess(rules, input);
	}

	@Override
	public List<Document<EconomicsResult>> documents() {
		return List.of(Document.text(EconomicsText::render),
				new Document<>("docx", DOCX, run -> ProposalDocx.render(run.result())),
				Document.pdf(run -> CostBenefitSummary.render(run.result())),
				new Document<>("proposal-pdf", "application/pdf", run -> ProposalPdf.render(run.result())));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(), null, Map.of(), Map.of("proposal", "docx", "summary", "pdf"));
	}

}
