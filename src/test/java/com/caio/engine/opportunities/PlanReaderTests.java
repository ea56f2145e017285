package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * Reading an MVP plan and refusing estimates, dependencies and people that do not hold.
 */
class PlanReaderTests {

	static final String EXAMPLE = "examples/mvp-plan.yaml";

	static MvpPlan example() throws Exception {
		try (InputStream in = Files.newInputStream(Path.of(EXAMPLE))) {
			return new PlanReader().read(in, 10_000);
		}
	}

	private static MvpPlan edited(String from, String to) throws Exception {
		String text = Files.readString(Path.of(EXAMPLE));
		assertThat(text).contains(from);
		return new PlanReader().read(new ByteArrayInputStream(text.replace(from, to).getBytes(StandardCharsets.UTF_8)),
				10_000);
	}

	@Test
	void theExamplePlanHas25TasksSevenPeopleAndFourCoachees() throws Exception {
		MvpPlan plan = example();
		assertThat(plan.tasks()).hasSize(25);
		assertThat(plan.people()).hasSize(7);
		assertThat(plan.coaching()).hasSize(4);
		assertThat(plan.draws()).isEqualTo(10_000);
		assertThat(plan.pilotStart()).hasToString("2027-02-01");
		assertThat(plan.tasks().get(0).responsible()).containsKeys("Priya Shah", "Alex Morgan");
	}

	@Test
	void anOptimisticEstimateAbovePessimisticIsRefusedAtItsField() {
		assertThatThrownBy(() -> edited("internal: {optimistic: 3, likely: 5, pessimistic: 8}",
				"internal: {optimistic: 9, likely: 5, pessimistic: 8}"))
			.isInstanceOf(BadInputException.class)
			.hasMessage("tasks[0].internal.optimistic: optimistic 9 is above pessimistic 8; "
					+ "accepted: optimistic <= likely <= pessimistic, in working days");
	}

	@Test
	void anUnknownTaskInADependencyIsRefusedAtItsField() {
		assertThatThrownBy(() -> edited("dependsOn: [T01]\n", "dependsOn: [T99]\n")).hasMessageStartingWith(
				"tasks[1].dependsOn[0]: task 'T02' depends on unknown task 'T99'; known tasks: T01, T02");
	}

	@Test
	void aDependencyCycleIsRefusedNamingItsTasks() {
		assertThatThrownBy(() -> edited("dependsOn: [T01]\n", "dependsOn: [T01, T10]\n"))
			.hasMessage("tasks: dependency cycle: T10 -> T02 -> T10; a task cannot wait for itself")
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo("tasks"));
		assertThatThrownBy(() -> edited("dependsOn: [T01]\n", "dependsOn: [T02]\n"))
			.hasMessage("tasks: dependency cycle: T02 -> T02; a task cannot wait for itself");
	}

	@Test
	void aPersonOutsideThePlanIsRefused() {
		assertThatThrownBy(() -> edited("accountable: Priya Shah\n", "accountable: Pat Doe\n"))
			.hasMessageStartingWith("tasks[0].accountable[0]: 'Pat Doe' is not one of the plan's people: ");
	}

	@Test
	void aMisspeltFieldIsRefused() {
		assertThatThrownBy(() -> edited("pilotStart:", "pilotStrat:"))
			.hasMessageStartingWith("pilotStrat: unknown field");
	}

	@Test
	void aFieldGivenTwiceIsRefusedRatherThanTheFirstSilentlyDropped() {
		assertThatThrownBy(() -> edited("  - id: T02\n    name: Stakeholder interviews\n",
				"  - id: T02\n    name: Stakeholder interviews\n    dependsOn: [T10]\n"))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("dependsOn");
	}

}
