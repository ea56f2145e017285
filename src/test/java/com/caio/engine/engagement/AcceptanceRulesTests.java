package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.caio.engine.TestWorkspace;
import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.CriterionState;
import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.engagement.model.Criterion;
import com.caio.engine.engagement.model.Decision;
import com.caio.engine.engagement.model.Engagement;
import com.caio.engine.engagement.model.EngagementRecord;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.Person;
import com.caio.engine.engagement.model.SignOff;
import com.caio.engine.engagement.model.Stories;
import com.caio.engine.maturity.QuestionCatalogueParser;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped acceptance rules over records built in memory. */
class AcceptanceRulesTests {

	static RuleSet rules;

	static final LocalDate START = LocalDate.of(2026, 2, 2);

	@BeforeAll
	static void compile() {
		RuleRuntime runtime = new RuleRuntime(TestWorkspace.SHIPPED_RULES, List.of(new QuestionCatalogueParser()));
		RuleRuntime.Status status = runtime.reload();
		assertThat(status.messages()).as("the shipped rules compile clean").isEmpty();
		rules = runtime.current();
	}

	@Test
	void everyCriterionHasOneRuleNamedInItsWords() {
		Map<String, AcceptanceRules.AcceptanceRule> byId = AcceptanceRules.rules(rules);
		assertThat(byId).hasSize(36);
		for (Criterion c : Stories.criteria()) {
			assertThat(byId.get(c.id())).as(c.id()).isNotNull();
			assertThat(byId.get(c.id()).name()).as(c.id()).isEqualTo(c.words());
			assertThat(byId.get(c.id()).needs()).as(c.id()).isNotBlank();
		}
	}

	@Test
	void aStoryOutOfScopeIsNotApplicable() {
		List<CriterionStatus> cmo = story(records(List.of("CDO-ASSESSMENT")), "CMO-DISCOVERY");
		assertThat(cmo).extracting(CriterionStatus::state).containsOnly(CriterionState.NOT_APPLICABLE);
	}

	@Test
	void aSignOffCountsForARoleOnlyIfThePersonHoldsIt() {
		List<EngagementRecord> list = new ArrayList<>(people());
		list.add(caseArtefact());
		list.add(new Person("intern", "Ian Tern", "Marketing intern", "Client", List.of("marketing")));
		list.add(signOff("s1", "cfo", 10));
		list.add(signOff("s2", "ceo", 11));
		list.add(signOff("s3", "intern", 12));
		assertThat(state(list, "AC-CMO-DISCOVERY-3")).isEqualTo(CriterionState.PENDING);
		list.add(signOff("s4", "sales", 14));
		assertThat(state(list, "AC-CMO-DISCOVERY-3")).isEqualTo(CriterionState.MET);
	}

	@Test
	void aLaterRejectionWithdrawsAnApproval() {
		List<EngagementRecord> list = new ArrayList<>(people());
		list.add(caseArtefact());
		list.add(signOff("s1", "cfo", 10));
		list.add(signOff("s2", "ceo", 11));
		list.add(signOff("s3", "sales", 12));
		list.add(new SignOff("s4", "case", "sales", false, START.plusDays(13), "numbers changed", null));
		assertThat(state(list, "AC-CMO-DISCOVERY-3")).isEqualTo(CriterionState.PENDING);
	}

	@Test
	void aSupersededDecisionNoLongerCounts() {
		List<EngagementRecord> list = new ArrayList<>(people());
		list.add(new Decision("d1", "board-budget", "approved", 1_000_000d, "EUR", START.plusDays(5), List.of("ceo"),
				null, null));
		list.add(new Decision("d2", "next-step", "pilot", null, null, START.plusDays(5), List.of("ceo"), null, null));
		assertThat(state(list, "AC-CMO-DISCOVERY-4")).isEqualTo(CriterionState.MET);
		list.add(new Decision("d3", "board-budget", "deferred", null, null, START.plusDays(9), List.of("ceo"), null,
				"d1"));
		assertThat(state(list, "AC-CMO-DISCOVERY-4")).isEqualTo(CriterionState.PENDING);
	}

	private static CriterionState state(List<EngagementRecord> list, String criterionId) {
		EngagementRecords records = new EngagementRecords(engagement(Stories.ids()), list);
		return AcceptanceRules.judge(rules, records, START.plusDays(60), List.of())
			.stream()
			.flatMap(s -> s.criteria().stream())
			.filter(c -> c.id().equals(criterionId))
			.findFirst()
			.orElseThrow()
			.state();
	}

	private static List<CriterionStatus> story(EngagementRecords records, String storyId) {
		return AcceptanceRules.judge(rules, records, START.plusDays(30), List.of())
			.stream()
			.filter(s -> s.id().equals(storyId))
			.findFirst()
			.orElseThrow()
			.criteria();
	}

	private static EngagementRecords records(List<String> stories) {
		return new EngagementRecords(engagement(stories), new ArrayList<>(people()));
	}

	private static Engagement engagement(List<String> stories) {
		return new Engagement("Client", "Engagement", START, "Lead", stories);
	}

	private static List<Person> people() {
		return List.of(new Person("cfo", "Carla Fo", "CFO", "Client", List.of("CFO")),
				new Person("ceo", "Ed Ceo", "CEO", "Client", List.of("CEO")),
				new Person("sales", "Sal Es", "Head of Sales", "Client", List.of("head-of-sales")));
	}

	private static Artefact caseArtefact() {
		return new Artefact("case", "businesscase", "Case", "businesscase", 1L, null, START.plusDays(3), List.of(),
				Map.of());
	}

	private static SignOff signOff(String id, String person, int day) {
		return new SignOff(id, "case", person, true, START.plusDays(day), null, null);
	}

}
