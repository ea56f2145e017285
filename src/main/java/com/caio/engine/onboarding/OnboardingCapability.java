package com.caio.engine.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.onboarding.render.GanttPng;
import com.caio.engine.onboarding.render.GanttSvg;
import com.caio.engine.onboarding.render.PlanCalendar;
import com.caio.engine.onboarding.render.PlanPdf;
import com.caio.engine.onboarding.render.PlanWorkbook;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/**
 * The 90-day onboarding plan: the practice's template dated for an engagement, judged by
 * {@code rules/onboarding/}, with a Gantt chart (svg, png), the workbook (xlsx), a PDF
 * and a calendar (ics). {@code caio onboarding plan FILE --gantt OUT.svg} keeps the
 * issue's command working.
 */
@Component
class OnboardingCapability extends AbstractCapability<OnboardingInput, OnboardingResult> {

	static final String KIND = "onboarding";

	static final int MAX_BYTES = 1 << 20;

	private final OnboardingReader reader = new OnboardingReader();

	private final OnboardingAssessor assessor = new OnboardingAssessor();

	OnboardingCapability() {
		super(KIND, OnboardingResult.class);
	}

	@Override
	public OnboardingInput read(Source source, RuleSet rules) {
		return reader.read(source.bytes(MAX_BYTES), source.name());
	}

	@Override
	public OnboardingResult assess(OnboardingInput input, RuleSet rules) {
		return assessor.assess(rules, input);
	}

	@Override
	public List<Document<OnboardingResult>> documents() {
		return List.of(Document.text(OnboardingText::render),
				Document.svg(run -> new String(GanttSvg.render(run.result()), java.nio.charset.StandardCharsets.UTF_8)),
				Document.png(run -> GanttPng.render(run.result())),
				new Document<>("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						run -> PlanWorkbook.render(run.result())),
				Document.pdf(run -> PlanPdf.render(run.result())), new Document<>("ics", "text/calendar;charset=UTF-8",
						run -> PlanCalendar.render(run.result(), Instant.now())));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(List.of("onboarding", "plan")), null, Map.of(), Map.of("gantt", ""));
	}

}
