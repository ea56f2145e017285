package com.caio.engine.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.opportunities.model.DeliveryMode;
import com.caio.engine.opportunities.model.ModeOutcome;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.opportunities.model.PlanFacts;
import com.caio.engine.opportunities.model.Task;
import com.caio.engine.opportunities.model.TaskAccountability;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;

/**
 * Time to MVP for both delivery modes by Monte Carlo, the assisted resource plan, RACI
 * and coaching, checked by the plan's rules.
 */
final class PlanAssessor {

	/** How many of the most often critical tasks the report lists. */
	static final int CRITICAL_TASKS = 5;

	private PlanAssessor() {
	}

	static OpportunitiesReport.MvpPlan assess(RuleSet rules, OpportunityRules.Setup setup, MvpPlan plan,
			List<Finding> findings) {
		TaskGraph graph = TaskGraph.of(plan.tasks());
		Sampler sampler = Sampler.of(plan.distribution());
		double months = setup.value("mvp.targetMonths");
		LocalDate targetDate = plan.pilotStart().plusMonths((long) months);
		int targetDays = WorkingDays.between(plan.pilotStart(), targetDate);
		MonteCarlo.Run internal = MonteCarlo.simulate(graph, DeliveryMode.INTERNAL, sampler, plan.draws(), plan.seed());
		MonteCarlo.Run assisted = MonteCarlo.simulate(graph, DeliveryMode.ASSISTED, sampler, plan.draws(), plan.seed());
		List<OpportunitiesReport.Mode> modes = List.of(mode(DeliveryMode.INTERNAL, internal, plan, targetDays),
				mode(DeliveryMode.ASSISTED, assisted, plan, targetDays));
		ResourcePlanner.Result resources = ResourcePlanner.plan(plan, graph, setup.value("resource.fullWeekHours"));
		List<Object> facts = new ArrayList<>();
		modes.forEach(m -> facts
			.add(new ModeOutcome(m.mode(), m.p50Days(), m.p80Days(), m.probabilityWithinTarget(), months)));
		plan.tasks().forEach(t -> facts.add(new TaskAccountability(t.id(), t.name(), t.accountable())));
		facts.addAll(resources.personWeeks());
		facts.addAll(resources.fractionalWeeks());
		facts.addAll(plan.coaching());
		facts.add(new PlanFacts(plan.name(), plan.coaching().size(), plan.acceptanceCriteria().size(),
				plan.proposalHoursPerWeek() != null));
		findings.addAll(OpportunityRules.findings(rules, facts));
		return new OpportunitiesReport.MvpPlan(plan.name(), plan.opportunityId(), plan.pilotStart(),
				plan.distribution(), plan.draws(), plan.seed(), plan.tasks().size(), months, targetDate, targetDays,
				modes, reduction(modes.get(0), modes.get(1)), critical(graph, internal, assisted), resources.plan(),
				plan.tasks().stream().map(PlanAssessor::raci).toList(), coaching(plan), plan.acceptanceCriteria());
	}

	private static OpportunitiesReport.Mode mode(DeliveryMode mode, MonteCarlo.Run run, MvpPlan plan, int targetDays) {
		List<Double> percentiles = new ArrayList<>();
		for (int p = 5; p <= 95; p += 5) {
			percentiles.add(round(run.quantile(p / 100.0)));
		}
		double p50 = run.quantile(0.5);
		double p80 = run.quantile(0.8);
		return new OpportunitiesReport.Mode(mode.name(), mode.label(), round(run.mean()), round(p50), round(p80),
				WorkingDays.finish(plan.pilotStart(), p50), WorkingDays.finish(plan.pilotStart(), p80),
				run.within(targetDays), List.copyOf(percentiles));
	}

	private static OpportunitiesReport.Reduction reduction(OpportunitiesReport.Mode internal,
			OpportunitiesReport.Mode assisted) {
		double p50 = internal.p50Days() - assisted.p50Days();
		double p80 = internal.p80Days() - assisted.p80Days();
		return new OpportunitiesReport.Reduction(round(p50), round(100 * p50 / internal.p50Days()), round(p80),
				round(100 * p80 / internal.p80Days()));
	}

	private static List<OpportunitiesReport.CriticalTask> critical(TaskGraph graph, MonteCarlo.Run internal,
			MonteCarlo.Run assisted) {
		List<OpportunitiesReport.CriticalTask> tasks = new ArrayList<>();
		for (int i = 0; i < graph.size(); i++) {
			Task t = graph.tasks.get(i);
			tasks.add(new OpportunitiesReport.CriticalTask(t.id(), t.name(),
					round((double) internal.criticalCounts()[i] / internal.draws()),
					round((double) assisted.criticalCounts()[i] / assisted.draws())));
		}
		tasks.sort(Comparator.comparingDouble(OpportunitiesReport.CriticalTask::assistedShare)
			.reversed()
			.thenComparing(Comparator.comparingDouble(OpportunitiesReport.CriticalTask::internalShare).reversed())
			.thenComparing(OpportunitiesReport.CriticalTask::taskId));
		return List.copyOf(tasks.subList(0, Math.min(CRITICAL_TASKS, tasks.size())));
	}

	private static OpportunitiesReport.Raci raci(Task t) {
		return new OpportunitiesReport.Raci(t.id(), t.name(), List.copyOf(t.responsible().keySet()), t.accountable(),
				t.consulted(), t.informed());
	}

	private static OpportunitiesReport.CoachingPlan coaching(MvpPlan plan) {
		double hours = plan.coaching().stream().mapToDouble(c -> c.hours()).sum();
		long people = plan.coaching().stream().map(c -> c.person()).distinct().count();
		double pairing = plan.coaching().stream().mapToDouble(c -> c.pairingShare()).average().orElse(0);
		return new OpportunitiesReport.CoachingPlan(plan.coaching(), round(hours), (int) people, round(pairing));
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
