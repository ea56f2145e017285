package com.caio.engine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The 90-day plan of the shipped example, dated and judged by the shipped rules. */
class OnboardingPlanTests {

	private final OnboardingResult result = OnboardingFixtures.assess(OnboardingFixtures.example());

	@Test
	void thePlanHasThirteenWeeklyMilestonesOnWorkingDaysWithHolidaysSkipped() {
		assertThat(result.milestones()).extracting(OnboardingResult.Milestone::week)
			.containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
		assertThat(result.milestones()).allSatisfy(m -> {
			assertThat(m.dueDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(m.dueDate()).isNotIn(LocalDate.parse("2027-01-18"), LocalDate.parse("2027-02-15"));
			assertThat(m.dueDay()).isBetween(7 * (m.week() - 1) + 1, Math.min(7 * m.week(), 90));
		});
		assertThat(result.milestones().get(0).dueDate()).isEqualTo(LocalDate.parse("2027-01-15"));
		assertThat(result.day90()).isEqualTo(LocalDate.parse("2027-04-10"));
		assertThat(result.planValid()).as(result.findings().toString()).isTrue();
	}

	@Test
	void aHolidayOnTheLastWorkingDayMovesTheMilestoneBack() {
		ObjectNode tree = OnboardingFixtures.tree();
		((ArrayNode) tree.get("holidays")).add("2027-01-15");
		OnboardingResult r = OnboardingFixtures.assess(OnboardingFixtures.read(tree));
		assertThat(r.milestones().get(0).dueDate()).isEqualTo(LocalDate.parse("2027-01-14"));
	}

	@Test
	void steeringMeetingsFollowTheCadenceOnTheSteeringWeekday() {
		assertThat(result.steeringMeetings()).hasSize(7)
			.allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY))
			.startsWith(LocalDate.parse("2027-01-14"), LocalDate.parse("2027-01-28"));
	}

	@Test
	void theStatesFollowTheEventsAsOfTheDate() {
		Map<String, String> states = result.criteria()
			.stream()
			.collect(
					Collectors.toMap(OnboardingResult.CriterionState::subject, OnboardingResult.CriterionState::state));
		assertThat(states).containsEntry("introductions", "met")
			.containsEntry("access", "met")
			.containsEntry("steering", "met")
			.containsEntry("deliverable: Priority roadmap", "met")
			.containsEntry("deliverable: Governance starter kit", "pending");
		// the roadmap's third acceptance came on Monday of week 7: late against its
		// week-6 milestone,
		// met against the story's day 90
		assertThat(result.milestones().stream().filter(m -> m.week() == 6).findFirst().orElseThrow().state())
			.isEqualTo("late");
		assertThat(result.nextDue().item()).isEqualTo("Week 7: AI policy and risk appetite drafted");
		assertThat(result.nextDue().daysUntil()).isEqualTo(0);
		assertThat(result.onTrack()).isTrue();
	}

	@Test
	void aDeliverableAcceptedByTheCdoAndOnlyOneExecutiveIsNotDone() {
		ObjectNode tree = OnboardingFixtures.tree();
		ArrayNode events = (ArrayNode) tree.get("events");
		events.remove(events.size() - 1);
		tree.put("asOf", "2027-04-12");
		OnboardingResult r = OnboardingFixtures.assess(OnboardingFixtures.read(tree));
		assertThat(r.criteria()).filteredOn(c -> c.subject().equals("deliverable: Priority roadmap"))
			.singleElement()
			.satisfies(c -> assertThat(c.state()).isEqualTo("missed"));
		assertThat(r.findings()).anySatisfy(f -> {
			assertThat(f.ruleId()).isEqualTo("ONB-PROG-001");
			assertThat(f.blocking()).isTrue();
		});
		assertThat(r.onTrack()).isFalse();
	}

	@Test
	void accessGrantedAfterTwoWeeksIsLate() {
		ObjectNode tree = OnboardingFixtures.tree();
		((ObjectNode) tree.get("events").get(4)).put("date", "2027-01-27");
		OnboardingResult r = OnboardingFixtures.assess(OnboardingFixtures.read(tree));
		assertThat(r.criteria()).filteredOn(c -> c.subject().equals("access")).singleElement().satisfies(c -> {
			assertThat(c.state()).isEqualTo("late");
			assertThat(c.doneDate()).isEqualTo(LocalDate.parse("2027-01-27"));
		});
		assertThat(r.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ONB-PROG-002"));
	}

}
