package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.TestWorkspace;
import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.CriterionState;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A criterion that compares an artefact's figures is not met when one of them is missing.
 * A missing figure is NaN; Drools evaluates a constraint interpreted (MVEL, where NaN
 * compares above every number) before it compiles it (where every comparison with NaN is
 * false), so each case is judged often enough to see both.
 */
class MissingFigureTests {

	static final LocalDate START = LocalDate.of(2026, 2, 2);

	/** More than Drools' default JIT threshold of 20 evaluations. */
	static final int JUDGEMENTS = 100;

	static RuleSet rules;

	@BeforeAll
	static void compile() {
		RuleRuntime runtime = new RuleRuntime(TestWorkspace.SHIPPED_RULES, List.of(new QuestionCatalogueParser()));
		assertThat(runtime.reload().messages()).isEmpty();
		rules = runtime.current();
	}

	@ParameterizedTest(name = "{0} without {2}")
	@CsvSource(delimiter = '|', value = {
			"AC-HOI-PURCHASE-1 | project-plan | internalMonthsToMvp | assistedMonthsToMvp: 3, internalMonthsToMvp: 7 |",
			"AC-HOI-PURCHASE-1 | project-plan | assistedMonthsToMvp | assistedMonthsToMvp: 3, internalMonthsToMvp: 7 |",
			"AC-HOI-DISCOVERY-1 | opportunity-backlog | useCases | useCases: 7 | expected-kpis, effort-estimates, risk-notes",
			"AC-CDO-PURCHASE-2 | cost-benefit | timeToValueMonths | timeToValueMonths: 4, costSavingPercent: 58 | avoided-waste",
			"AC-CDO-PURCHASE-2 | cost-benefit | costSavingPercent | timeToValueMonths: 4, costSavingPercent: 58 | avoided-waste",
			"AC-CDO-ONBOARDING-1 | onboarding-plan | primaryDeliverables | primaryDeliverables: 3 | weekly-milestones, key-stakeholders" })
	void aMissingFigureMeetsNoCriterion(String criterion, String kind, String missing, String figures, String covers) {
		Map<String, Double> all = new HashMap<>();
		for (String pair : figures.split(",")) {
			String[] kv = pair.split(":");
			all.put(kv[0].strip(), Double.valueOf(kv[1].strip()));
		}
		List<String> topics = covers == null ? List.of() : List.of(covers.split(",\\s*"));
		assertThat(state(criterion, kind, all, topics)).as("with every figure").isEqualTo(CriterionState.MET);
		all.remove(missing);
		for (int i = 0; i < JUDGEMENTS; i++) {
			assertThat(state(criterion, kind, all, topics)).as("judgement %d", i + 1).isEqualTo(CriterionState.PENDING);
		}
	}

	/** The artefact, a workshop and approvals by everyone the criteria ask for. */
	private static CriterionState state(String criterion, String kind, Map<String, Double> figures,
			List<String> covers) {
		LocalDate day = START.plusDays(10);
		List<EngagementRecord> records = new java.util.ArrayList<>();
		List<String> roles = List.of("CDO", "product lead", "analytics lead");
		records.add(new Person("p", "Pat", "Lead", "Client", roles));
		records.add(new Artefact("a", kind, "Artefact", null, null, "a.pdf", day, covers, figures));
		records.add(new com.caio.engine.engagement.model.Meeting("w", "workshop", day, List.of("p"), null, 4.0, null));
		records.add(new SignOff("s", "a", "p", true, day, null, null));
		EngagementRecords all = new EngagementRecords(new Engagement("Client", "E", START, "Lead", Stories.ids()),
				records);
		return AcceptanceRules.judge(rules, all, START.plusDays(60), List.of())
			.stream()
			.flatMap(s -> s.criteria().stream())
			.filter(c -> c.id().equals(criterion))
			.findFirst()
			.orElseThrow()
			.state();
	}

}
