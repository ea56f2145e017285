package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.upskilling.model.CriticalGap;
import com.caio.engine.upskilling.model.CurriculumPlan;
import com.caio.engine.upskilling.model.DeliveredAndAssessed;
import com.caio.engine.upskilling.model.ModuleFact;
import com.caio.engine.upskilling.model.ShiftOutlook;
import com.caio.engine.upskilling.model.ShiftState;
import com.caio.engine.upskilling.model.SkillGap;
import com.caio.engine.upskilling.model.TeamSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shipped rules of {@code rules/upskilling/}, at their policy boundaries. */
class UpskillingRulesTests {

	private static final double NONE = Double.NaN;

	@Test
	void aRoleOneLevelBelowTargetHasACriticalGapThatAModuleForItsRoleMustCover() {
		SkillGap critical = new SkillGap("LIFE-02", "Model life cycle", "engineer", "Deploying", 3, 10, 2.0, 2);
		SkillGap close = new SkillGap("LIFE-01", "Model life cycle", "engineer", "Evaluating", 3, 10, 2.01, 4);
		ModuleFact forDesigners = module("ux", List.of("designer"), List.of("LIFE-02"), true, 10, 10);
		Conclusions c = evaluate(critical, close, forDesigners, new CurriculumPlan(9, 3));
		assertThat(c.all(CriticalGap.class)).extracting(CriticalGap::skill).containsExactly("LIFE-02");
		assertThat(ids(c)).contains("UPS-GAP-001", "UPS-CUR-003");

		ModuleFact forEngineers = module("eng", List.of("engineer"), List.of("LIFE-02"), true, 10, 10);
		assertThat(ids(evaluate(critical, forEngineers, new CurriculumPlan(9, 3)))).doesNotContain("UPS-CUR-003");
		ModuleFact forEveryone = module("all", List.of("everyone"), List.of("LIFE-02"), true, 10, 10);
		assertThat(ids(evaluate(critical, forEveryone, new CurriculumPlan(9, 3)))).doesNotContain("UPS-CUR-003");
	}

	@ParameterizedTest(name = "{0} months, {1} modules: refused by {2}")
	@CsvSource({ "6, 3, ''", "12, 3, ''", "5, 3, UPS-CUR-002", "13, 3, UPS-CUR-002", "9, 2, UPS-CUR-001" })
	void aCurriculumRunsSixToTwelveMonthsWithAtLeastThreeModules(int months, int modules, String refusal) {
		List<String> ids = ids(evaluate(new CurriculumPlan(months, modules)));
		if (refusal.isEmpty()) {
			assertThat(ids).noneMatch(id -> id.startsWith("UPS-CUR-"));
		}
		else {
			assertThat(ids).containsExactly(refusal);
		}
	}

	@Test
	void anOutcomeWithoutAScoreIsNotMeasurable() {
		assertThat(ids(evaluate(module("m", List.of("engineer"), List.of(), false, 10, 10)))).contains("UPS-CUR-004");
		assertThat(ids(evaluate(module("m", List.of("engineer"), List.of(), true, 10, 10))))
			.doesNotContain("UPS-CUR-004");
	}

	@ParameterizedTest(name = "{0} of 10 assessed: delivered and assessed {1}")
	@CsvSource({ "6, true", "5, false", "0, false" })
	void aModuleIsDeliveredAndAssessedWhenSixtyPercentOfItsAudienceHasAPostScore(int assessed, boolean delivered) {
		Conclusions c = evaluate(module("m", List.of("engineer"), List.of(), true, 10, assessed));
		assertThat(c.any(DeliveredAndAssessed.class)).isEqualTo(delivered);
		assertThat(ids(c).contains("UPS-MOD-002")).isEqualTo(!delivered && assessed > 0);
	}

	@Test
	void aTeamWithNoOneAtTargetInASkillItsRoleNeedsIsFlagged() {
		assertThat(ids(evaluate(new TeamSkill("Search", "engineer", "LIFE-02", "Deploying", 3, 4, 0))))
			.containsExactly("UPS-TEAM-001");
		assertThat(ids(evaluate(new TeamSkill("Search", "engineer", "LIFE-02", "Deploying", 3, 4, 1)))).isEmpty();
	}

	@ParameterizedTest(name = "observed {0}, probability {1}: {2}")
	@CsvSource({ "0.5, NaN, met", "0.49, NaN, off track", "NaN, 0.8, on track", "NaN, 0.79, at risk",
			"NaN, 0.4, at risk", "NaN, 0.39, off track", "NaN, NaN, not enough data" })
	void theShiftStateFollowsTheTargetMonthOrTheProbabilityOfReachingIt(double observed, double probability,
			String state) {
		Conclusions c = evaluate(new ShiftOutlook(6, 6, 0.3, observed, NONE, probability));
		assertThat(c.all(ShiftState.class)).extracting(ShiftState::state).containsExactly(state);
	}

	private static ModuleFact module(String id, List<String> audience, List<String> skills, boolean measurable,
			int audienceSize, int assessed) {
		return new ModuleFact(id, id, audience, skills, measurable, audienceSize, assessed,
				(double) assessed / audienceSize, 0, NONE);
	}

	private static Conclusions evaluate(Object... facts) {
		return UpskillingFixtures.rules().evaluate("upskilling", new ArrayList<>(List.of(facts)));
	}

	private static List<String> ids(Conclusions c) {
		return c.findings().stream().map(Finding::ruleId).distinct().toList();
	}

}
