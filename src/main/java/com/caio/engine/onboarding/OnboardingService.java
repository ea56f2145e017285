package com.caio.engine.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.caio.engine.csv.Hashing;
import com.caio.engine.onboarding.render.GanttPng;
import com.caio.engine.onboarding.render.GanttSvg;
import com.caio.engine.onboarding.render.PlanCalendar;
import com.caio.engine.onboarding.render.PlanPdf;
import com.caio.engine.onboarding.render.PlanWorkbook;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds 90-day plans with the current rules and template, keeps each one, renders its
 * documents.
 */
@Service
public class OnboardingService {

	public static final String KIND = "onboarding";

	private final RuleRuntime rules;

	private final ResultStore store;

	private final JsonMapper json;

	private final OnboardingReader reader = new OnboardingReader();

	private final OnboardingAssessor assessor = new OnboardingAssessor();

	public OnboardingService(RuleRuntime rules, ResultStore store, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.json = json;
	}

	public OnboardingReport planAndStore(byte[] content, String fileName) {
		RuleSet ruleSet = rules.current();
		OnboardingResult result = assessor.assess(ruleSet, reader.read(content, fileName));
		var digest = Hashing.sha256();
		digest.update(content);
		OnboardingReport report = new OnboardingReport(null, Instant.now(), ruleSet.version(), fileName,
				Hashing.hex(digest), result);
		StoredRun run = store.save(KIND, fileName, report.inputSha256(), report.ruleSetVersion(),
				id -> json.writeValueAsString(report.withId(id)));
		return report.withId(run.id());
	}

	public OnboardingReport planFile(Path file) {
		if (!Files.isReadable(file)) {
			throw new BadInputException(file.toString(), "cannot read " + file);
		}
		try {
			return planAndStore(Files.readAllBytes(file), file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<StoredRun> find(long id) {
		return store.find(KIND, id);
	}

	public Optional<OnboardingReport> findReport(long id) {
		return find(id).map(run -> json.readValue(run.resultJson(), OnboardingReport.class));
	}

	public List<StoredRun> list(int limit) {
		return store.list(KIND, limit);
	}

	public String toJson(OnboardingReport report) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

	public byte[] ganttSvg(OnboardingReport report) {
		return GanttSvg.render(report.result());
	}

	public byte[] ganttPng(OnboardingReport report) {
		return GanttPng.render(report.result());
	}

	public byte[] workbook(OnboardingReport report) {
		return PlanWorkbook.render(report.result());
	}

	public byte[] pdf(OnboardingReport report) {
		return PlanPdf.render(report.result());
	}

	public byte[] calendar(OnboardingReport report) {
		return PlanCalendar.render(report.result(), Instant.now());
	}

}
