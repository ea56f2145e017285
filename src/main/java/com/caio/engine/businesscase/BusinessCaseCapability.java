package com.caio.engine.businesscase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.businesscase.BusinessCase.BaselineMetric;
import com.caio.engine.businesscase.deck.BusinessCaseDeck;
import com.caio.engine.businesscase.deck.ExecutiveSummary;
import com.caio.engine.common.BadInputException;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/**
 * Business case: a YAML or JSON case (with an optional baseline CSV) projected into three
 * scenarios, judged by {@code rules/businesscase/}, with a board deck and an executive
 * summary.
 */
@Component
class BusinessCaseCapability extends AbstractCapability<BusinessCase, BusinessCaseReport> {

	static final String KIND = "businesscase";

	static final String BASELINE = "baseline";

	/** A business case is a few kilobytes; anything much larger is not one. */
	static final int MAX_BYTES = 1 << 20;

	private final BusinessCaseReader reader = new BusinessCaseReader();

	private final BusinessCaseAssessor assessor = new BusinessCaseAssessor();

	BusinessCaseCapability() {
		super(KIND, BusinessCaseReport.class);
	}

	@Override
	public Set<String> attachments() {
		return Set.of(BASELINE);
	}

	/**
	 * The baseline CSV is the {@code baseline} attachment if given, else the file's own
	 * {@code baselineCsv}, resolved beside a file named on the command line.
	 */
	@Override
	public BusinessCase read(Source source, RuleSet rules) {
		byte[] content = source.bytes(MAX_BYTES);
		Source csv = source.attachment(BASELINE);
		if (csv == null) {
			csv = source.beside(reader.baselineCsvReference(content, source.name()));
			if (csv != null && !Files.isReadable(csv.path())) {
				throw new BadInputException("baselineCsv", "cannot read " + csv.path());
			}
		}
		List<BaselineMetric> metrics = csv == null ? List.of() : baseline(csv);
		return reader.read(content, source.name(), metrics);
	}

	@Override
	public BusinessCaseReport assess(BusinessCase input, RuleSet rules) {
		return assessor.assess(rules, input);
	}

	@Override
	public List<Document<BusinessCaseReport>> documents() {
		return List.of(Document.text(BusinessCaseText::render), Document.pptx(BusinessCaseDeck::render),
				Document.pdf(ExecutiveSummary::render));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(List.of("business-case")), "business-cases",
				Map.of("deck.pptx", "pptx", "summary.pdf", "pdf"), Map.of("deck", "pptx", "summary", "pdf"));
	}

	private static List<BaselineMetric> baseline(Source csv) {
		try (InputStream in = csv.open()) {
			return BaselineCsv.read(in, csv.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
