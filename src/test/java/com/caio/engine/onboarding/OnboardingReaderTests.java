package com.caio.engine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading the 90-day plan input: refusals name the field path. */
class OnboardingReaderTests {

	@Test
	void aCadenceOfZeroIsRefused() {
		ObjectNode tree = OnboardingFixtures.tree();
		((ObjectNode) tree.get("steering")).put("cadenceWeeks", 0);
		refused(tree, "steering.cadenceWeeks", "1 to 13");
	}

	@Test
	void aStartDateThatIsNotADateIsRefused() {
		ObjectNode tree = OnboardingFixtures.tree();
		tree.put("startDate", "11/01/2027");
		refused(tree, "startDate", "YYYY-MM-DD");
	}

	@Test
	void aHolidayListWithABadEntryIsRefusedAtThatEntry() {
		ObjectNode tree = OnboardingFixtures.tree();
		((ArrayNode) tree.get("holidays")).add("2027-02-30");
		refused(tree, "holidays[2]", "is not a date");
	}

	@Test
	void anUnknownEventTypeAndAnAcceptanceWithoutARoleAreRefused() {
		ObjectNode tree = OnboardingFixtures.tree();
		((ObjectNode) tree.get("events").get(0)).put("type", "kick-off");
		refused(tree, "events[0].type", "deliverable-accepted");
		ObjectNode noRole = OnboardingFixtures.tree();
		((ObjectNode) noRole.get("events").get(8)).remove("by");
		refused(noRole, "events[8].by", "CDO");
	}

	@Test
	void withoutDeliverablesTheThreeDefaultsAreUsed() {
		ObjectNode tree = OnboardingFixtures.tree();
		tree.remove("deliverables");
		assertThat(OnboardingFixtures.read(tree).deliverables()).containsExactly("Priority roadmap",
				"Governance starter kit", "Pilot specification");
	}

	private static void refused(ObjectNode tree, String where, String message) {
		assertThatThrownBy(() -> OnboardingFixtures.read(tree)).isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo(where))
			.hasMessageContaining(message);
	}

}
