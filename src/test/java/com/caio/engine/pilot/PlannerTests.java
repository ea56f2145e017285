package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Pilot plans: sizes as R's power functions give them (rounded up), duration,
 * feasibility, detectable effect.
 */
class PlannerTests {

	static PlanInput conversion(double trafficPerDay, int days, String allocation) {
		return new PlanInput("emails", "rate", "conversion", 0.05, null, null, 0.10, null, null, allocation,
				trafficPerDay, days, null);
	}

	static PlanInput costPerAcquisition(double trafficPerDay, int days) {
		return new PlanInput("cpa", "mean", "cost per acquisition", null, 50.0, 20.0, -0.10, 0.05, 0.8, "50/50",
				trafficPerDay, days, null);
	}

	@Test
	void feasibleConversionPilot() {
		PilotPlan plan = Planner.plan(conversion(4000, 28, null).validate("plan.", PilotTestRules.policy()),
				PilotTestRules.policy());
		// power.prop.test(p1=0.05, p2=0.055, power=0.8)$n = 31233.4379401286 -> 31234 per
		// arm
		assertThat(plan.exactControlUnits()).isCloseTo(31233.4379401286, withinPercentage(1e-4));
		assertThat(plan.samplePerArm()).isEqualTo(new PilotPlan.ArmSizes(31234, 31234));
		assertThat(plan.sampleTotal()).isEqualTo(62468);
		assertThat(plan.daysNeeded()).isEqualTo(16); // 62468 / 4000 = 15.6
		assertThat(plan.weeksNeeded()).isEqualTo(3);
		assertThat(plan.feasible()).isTrue();
		assertThat(plan.alpha()).isEqualTo(0.05);
		assertThat(plan.power()).isEqualTo(0.8);
		assertThat(plan.allocation()).isEqualTo("50/50");
		assertThat(plan.hypothesis()).contains("from 5.00%", "to 5.50% or higher", "+10.0%");
		assertThat(plan.successCriteria()).anySatisfy(c -> assertThat(c).contains("31,234 control"));
	}

	@Test
	void infeasibleConversionPilotNamesTheEffectDetectableInTime() {
		PilotPlan plan = Planner.plan(conversion(1000, 28, null).validate("plan.", PilotTestRules.policy()),
				PilotTestRules.policy());
		assertThat(plan.daysNeeded()).isEqualTo(63);
		assertThat(plan.feasible()).isFalse();
		// 1000 a day for 28 days, half in control = 14000:
		// power.prop.test(n=14000, p1=0.05, power=0.8, tol=1e-12)$p2 = 0.0575531830750277
		assertThat(plan.detectableEffect()).isCloseTo(0.0575531830750277 / 0.05 - 1, withinPercentage(1e-4));
	}

	@Test
	void costKpiPlanUsesPowerTTestAndDetectsDownwards() {
		PilotPlan plan = Planner.plan(costPerAcquisition(20, 28).validate("plan.", PilotTestRules.policy()),
				PilotTestRules.policy());
		// power.t.test(delta=5, sd=20, power=0.8)$n = 252.128116122658 -> 253 per arm
		assertThat(plan.exactControlUnits()).isCloseTo(252.128116122658, withinPercentage(1e-4));
		assertThat(plan.samplePerArm()).isEqualTo(new PilotPlan.ArmSizes(253, 253));
		assertThat(plan.daysNeeded()).isEqualTo(26); // 506 / 20 = 25.3
		assertThat(plan.feasible()).isTrue();
		// 20 a day for 28 days, half in control = 280:
		// power.t.test(n=280, sd=20, power=0.8, tol=1e-12)$delta = 4.7437129905812, a
		// cost decrease of 4.74/50
		assertThat(plan.detectableEffect()).isCloseTo(-4.7437129905812 / 50, withinPercentage(1e-4));
		assertThat(plan.hypothesis()).contains("or lower");
	}

	@Test
	void unequalAllocationSizesEachArm() {
		PilotPlan plan = Planner.plan(conversion(4000, 28, "30/70").validate("plan.", PilotTestRules.policy()),
				PilotTestRules.policy());
		// uniroot on the generalised power (see PowerCalculationsTests): nc =
		// 22467.99510296, nt = 52425.3219069067
		assertThat(plan.samplePerArm()).isEqualTo(new PilotPlan.ArmSizes(22468, 52426));
		assertThat(plan.allocation()).isEqualTo("30/70");
	}

}
