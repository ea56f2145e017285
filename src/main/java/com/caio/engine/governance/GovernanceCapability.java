package com.caio.engine.governance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.engagement.EngagementTimeline;
import com.caio.engine.governance.PackReader.PackFile;
import com.caio.engine.governance.model.Framework;
import com.caio.engine.governance.model.IncidentRecord;
import com.caio.engine.governance.model.InputStamp;
import com.caio.engine.governance.model.KpiSeries;
import com.caio.engine.governance.model.PackInput;
import com.caio.engine.governance.model.Quarter;
import com.caio.engine.governance.model.QuarterRun;
import com.caio.engine.governance.render.GovernanceText;
import com.caio.engine.governance.render.PackDeck;
import com.caio.engine.governance.render.PackJson;
import com.caio.engine.governance.render.PackPdf;
import com.caio.engine.risk.RiskRankings;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/**
 * The quarterly governance pack of the CMO's Success / Ongoing story: KPI trends against
 * baseline at the 6- and 12-month reviews, what changed in the risk register since last
 * quarter, roadmap updates, framework adoption, incidents and the review meeting, judged
 * by {@code rules/governance/}. The file is a pack file (YAML); {@code --kpis},
 * {@code --incidents} and {@code --framework} attach or replace its files,
 * {@code --engagement} and {@code --quarter} its values.
 */
@Component
class GovernanceCapability extends AbstractCapability<PackInput, GovernanceReport> {

	static final String KIND = GovernanceAssessor.KIND;

	static final String KPIS = "kpis";

	static final String INCIDENTS = "incidents";

	static final String FRAMEWORK = "framework";

	static final String ENGAGEMENT = "engagement";

	static final String QUARTER = "quarter";

	/**
	 * A pack file or framework is a few kilobytes; a KPI file of 10 years' daily data is
	 * a few MB.
	 */
	static final int MAX_BYTES = 16 << 20;

	private final RiskRankings risks;

	private final EngagementTimeline engagements;

	GovernanceCapability(RiskRankings risks, EngagementTimeline engagements) {
		super(KIND, GovernanceReport.class);
		this.risks = risks;
		this.engagements = engagements;
	}

	@Override
	public Set<String> options() {
		return Set.of(ENGAGEMENT, QUARTER);
	}

	@Override
	public Set<String> attachments() {
		return Set.of(KPIS, INCIDENTS, FRAMEWORK);
	}

	@Override
	public PackInput read(Source source, RuleSet rules) {
		PackFile pack = new PackReader().read(source.bytes(MAX_BYTES), source.name(), source.option(ENGAGEMENT),
				source.option(QUARTER));
		List<InputStamp> stamps = new ArrayList<>();
		stamps.add(new InputStamp("pack", source.name(), source.sha256()));
		EngagementTimeline.Timeline engagement = null;
		if (pack.engagement() != null) {
			engagement = engagements.timeline(pack.engagement())
				.orElseThrow(() -> new BadInputException(ENGAGEMENT, "no engagement #" + pack.engagement()
						+ " is recorded; give the id 'engagement import' printed"));
		}
		Source kpiFile = file(source, KPIS, pack.kpis(), stamps);
		List<KpiSeries> kpis = kpiFile == null ? List.of()
				: new KpiReader().read(new ByteArrayInputStream(kpiFile.bytes(MAX_BYTES)), kpiFile.name());
		Source incidentFile = file(source, INCIDENTS, pack.incidents(), stamps);
		List<IncidentRecord> incidents = incidentFile == null ? List.of() : new IncidentReader()
			.read(new ByteArrayInputStream(incidentFile.bytes(MAX_BYTES)), incidentFile.name());
		Source frameworkFile = file(source, FRAMEWORK, pack.framework(), stamps);
		Framework framework = frameworkFile == null ? Framework.NONE
				: new FrameworkReader().read(frameworkFile.bytes(MAX_BYTES), frameworkFile.name());
		List<PackInput.QuarterRisk> risk = risk(pack, engagement, stamps);
		return new PackInput(pack.quarter(), pack.asOf(), kpis, incidents, framework, risk, engagement,
				pack.milestones(), stamps);
	}

	@Override
	public GovernanceReport assess(PackInput input, RuleSet rules) {
		return new GovernanceAssessor().assess(input, rules);
	}

	@Override
	public List<Document<GovernanceReport>> documents() {
		return List.of(Document.text(GovernanceText::render), Document.pdf(PackPdf::render),
				Document.pptx(PackDeck::render), new Document<>(PackJson.NAME, "application/json", PackJson::render));
	}

	/** The attachment, else the file the pack names beside it, else null. */
	private static Source file(Source source, String name, String reference, List<InputStamp> stamps) {
		Source file = source.attachment(name);
		if (file == null && reference != null) {
			file = source.beside(reference);
			if (file == null) {
				throw new BadInputException(name,
						"'" + reference
								+ "' is a file beside the pack, which an upload cannot reach; send it as the part '"
								+ name + "'");
			}
			if (!java.nio.file.Files.isReadable(file.path())) {
				throw new BadInputException(name, "cannot read '" + reference + "' beside the pack file");
			}
		}
		if (file != null) {
			stamps.add(new InputStamp(name, file.name(), file.sha256()));
		}
		return file;
	}

	/**
	 * The risk registers: those the pack file names by quarter, else for each quarter the
	 * newest (by date, then run id) of the engagement's linked risk runs.
	 */
	private List<PackInput.QuarterRisk> risk(PackFile pack, EngagementTimeline.Timeline engagement,
			List<InputStamp> stamps) {
		Map<Quarter, Long> runs = new LinkedHashMap<>();
		if (!pack.risk().isEmpty()) {
			pack.risk().forEach(r -> runs.put(r.quarter(), r.runId()));
		}
		else if (engagement != null) {
			engagement.runs()
				.stream()
				.filter(r -> r.type().equals("risk") && !r.date().isAfter(pack.asOf()))
				.sorted(Comparator.comparing(EngagementTimeline.LinkedRun::date)
					.thenComparingLong(EngagementTimeline.LinkedRun::runId))
				.forEach(r -> runs.put(Quarter.of(r.date()), r.runId()));
		}
		List<PackInput.QuarterRisk> out = new ArrayList<>();
		List<QuarterRun> ordered = runs.entrySet()
			.stream()
			.map(e -> new QuarterRun(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(QuarterRun::quarter))
			.toList();
		for (QuarterRun r : ordered) {
			RiskRankings.Ranking ranking = risks.ranking(r.runId())
				.orElseThrow(() -> new BadInputException("risk", "no stored risk run #" + r.runId() + " for "
						+ r.quarter() + "; the ids are listed at /api/risk"));
			out.add(new PackInput.QuarterRisk(r.quarter(), ranking));
			stamps.add(new InputStamp("risk register " + r.quarter(), ranking.inputName() + " (run " + r.runId() + ")",
					ranking.inputSha256()));
		}
		return out;
	}

}
