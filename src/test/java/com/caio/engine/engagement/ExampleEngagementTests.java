package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.model.StoryStatus;
import com.caio.engine.pilot.PilotService;
import com.caio.engine.run.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The example engagement, imported with the shipped rules, judged as of 2026-11-20: every
 * one of the 36 criteria in the state the records give it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleEngagementTests extends EngagementContext {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@Autowired
	EngagementService engagements;

	@Autowired
	Runs runs;

	@Autowired
	PilotService pilots;

	long id;

	@BeforeAll
	void importExample() throws Exception {
		ExampleRuns.store(runs, pilots);
		id = engagements.importFile(Path.of("examples/engagement.yaml")).id();
	}

	@Test
	void everyCriterionIsInTheStateItsRecordsGiveItOnTheTwentiethOfNovember() {
		Map<String, String> actual = new LinkedHashMap<>();
		for (StoryStatus story : engagements.status(id, AS_OF).stories()) {
			for (CriterionStatus c : story.criteria()) {
				actual.put(c.id(), c.state() + (c.metOn() == null ? "" : " " + c.metOn())
						+ (c.due() == null ? "" : " due " + c.due()));
			}
		}
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("AC-CMO-DISCOVERY-1", "MET 2026-04-14");
		expected.put("AC-CMO-DISCOVERY-2", "MET 2026-04-10");
		expected.put("AC-CMO-DISCOVERY-3", "MET 2026-04-28");
		expected.put("AC-CMO-DISCOVERY-4", "MET 2026-05-12");
		expected.put("AC-CMO-PILOT-1", "MET 2026-09-25");
		expected.put("AC-CMO-PILOT-2", "MET 2026-09-25");
		expected.put("AC-CMO-PILOT-3", "MET 2026-11-12");
		expected.put("AC-CMO-PILOT-4", "MET 2026-11-18 due 2026-11-20");
		expected.put("AC-CMO-GOVERNANCE-1", "MET 2026-08-04");
		expected.put("AC-CMO-GOVERNANCE-2", "PENDING");
		expected.put("AC-CMO-GOVERNANCE-3", "PENDING due 2027-03-04");
		expected.put("AC-CMO-GOVERNANCE-4", "MET 2026-11-03");
		expected.put("AC-CDO-ASSESSMENT-1", "MET 2026-03-06");
		expected.put("AC-CDO-ASSESSMENT-2", "MET 2026-03-13");
		expected.put("AC-CDO-ASSESSMENT-3", "PENDING");
		expected.put("AC-CDO-ASSESSMENT-4", "MET 2026-03-30");
		expected.put("AC-CDO-PURCHASE-1", "MET 2026-01-12");
		expected.put("AC-CDO-PURCHASE-2", "MET 2026-01-12");
		expected.put("AC-CDO-PURCHASE-3", "MET 2026-01-21");
		expected.put("AC-CDO-PURCHASE-4", "MET 2026-01-28");
		expected.put("AC-CDO-ONBOARDING-1", "MET 2026-02-06");
		expected.put("AC-CDO-ONBOARDING-2", "MET_LATE 2026-02-20 due 2026-02-16");
		expected.put("AC-CDO-ONBOARDING-3", "MISSED due 2026-05-03");
		expected.put("AC-CDO-ONBOARDING-4", "MET 2026-03-17");
		expected.put("AC-HOI-DISCOVERY-1", "MET 2026-06-10");
		expected.put("AC-HOI-DISCOVERY-2", "MET 2026-06-24");
		expected.put("AC-HOI-DISCOVERY-3", "PENDING");
		expected.put("AC-HOI-DISCOVERY-4", "MET 2026-06-26");
		expected.put("AC-HOI-PURCHASE-1", "MET 2026-07-01");
		expected.put("AC-HOI-PURCHASE-2", "MET 2026-07-06");
		expected.put("AC-HOI-PURCHASE-3", "MET 2026-07-09");
		expected.put("AC-HOI-PURCHASE-4", "MET 2026-07-10");
		expected.put("AC-HOI-UPSKILLING-1", "MET 2026-07-30");
		expected.put("AC-HOI-UPSKILLING-2", "PENDING");
		expected.put("AC-HOI-UPSKILLING-3", "PENDING due 2027-03-04");
		expected.put("AC-HOI-UPSKILLING-4", "PENDING");
		assertThat(actual).containsExactlyEntriesOf(expected);
	}

	@Test
	void storiesAreDoneOnlyWhenEveryCriterionIsMet() {
		EngagementStatus status = engagements.status(id, AS_OF);
		assertThat(status.stories()).filteredOn(StoryStatus::done)
			.extracting(StoryStatus::id)
			.containsExactly("CMO-DISCOVERY", "CMO-PILOT", "CDO-PURCHASE", "HOI-PURCHASE");
	}

	@Test
	void aLateCriterionSaysByHowManyDaysAndTheEvidenceBehindIt() {
		CriterionStatus late = criterion("AC-CDO-ONBOARDING-2");
		assertThat(late.daysLate()).isEqualTo(4);
		assertThat(late.evidence()).contains("intro-cdo", "intro-cto", "access-snowflake", "access-crm");
		CriterionStatus early = criterion("AC-CMO-PILOT-4");
		assertThat(early.daysEarly()).isEqualTo(2);
		assertThat(early.evidence()).containsExactly("steering-scale");
		assertThat(criterion("AC-CMO-DISCOVERY-3").evidence()).containsExactly("business-case", "case-cfo", "case-ceo",
				"case-sales-2");
	}

	@Test
	void earlierDaysSeeOnlyWhatHadHappenedByThen() {
		EngagementStatus march = engagements.status(id, LocalDate.of(2026, 3, 1));
		Map<String, String> states = new LinkedHashMap<>();
		march.stories().forEach(s -> s.criteria().forEach(c -> states.put(c.id(), c.state().name())));
		assertThat(states).containsEntry("AC-CDO-ONBOARDING-2", "MET_LATE")
			.containsEntry("AC-CDO-ONBOARDING-3", "PENDING")
			.containsEntry("AC-CMO-DISCOVERY-1", "PENDING")
			.containsEntry("AC-CDO-PURCHASE-1", "MET");
	}

	@Test
	void theStatusFitsOnOnePageInTheClientsWords() throws Exception {
		java.nio.file.Path pdf = java.nio.file.Path.of("target/engagement-status.pdf");
		java.nio.file.Files.createDirectories(pdf.getParent());
		try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
			com.caio.engine.engagement.render.StatusPdf.render(engagements.status(id, AS_OF), out);
		}
		try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString())) {
			assertThat(reader.getNumberOfPages()).isEqualTo(1);
			String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Northwind Foods", "4 of 9 stories done", "Met late", "Missed",
					"At least three executive stakeholders");
			assertThat(text).doesNotContain("AC-", "CDO-ONBOARDING", "MET_LATE", "maria-keller");
			assertThat(text).doesNotContainPattern("[a-z]+_[a-z]+");
		}
	}

	@Test
	void theStatusTextNamesEachCriterionInItsWordsWithItsIdAsAReference() {
		String text = com.caio.engine.engagement.render.StatusText.render(engagements.status(id, AS_OF));
		com.caio.engine.ReadableText.check("engagement status", text);
		assertThat(text).contains("90-day onboarding plan: in progress (CDO-ONBOARDING)\n",
				"  2. All key stakeholder introductions",
				"     Met late on 20 Feb 2026, 4 days late (AC-CDO-ONBOARDING-2)\n", "     Pending, ");
	}

	private CriterionStatus criterion(String criterionId) {
		return engagements.status(id, AS_OF)
			.stories()
			.stream()
			.flatMap(s -> s.criteria().stream())
			.filter(c -> c.id().equals(criterionId))
			.findFirst()
			.orElseThrow();
	}

}
