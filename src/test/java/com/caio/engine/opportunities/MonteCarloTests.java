package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.caio.engine.opportunities.model.DeliveryMode;
import com.caio.engine.opportunities.model.Estimate;
import com.caio.engine.opportunities.model.Task;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/**
 * The simulation against closed forms: a chain's mean and variance add up, one task's
 * quantiles are the PERT-beta's and the triangular's, a seed reproduces a run, and the
 * critical path follows the longer branch.
 */
class MonteCarloTests {

	static Task task(String id, Estimate e, String... deps) {
		return new Task(id, id, e, e, List.of(deps), Map.of(), List.of("a"), List.of(), List.of());
	}

	private static List<Task> chain(List<Estimate> estimates) {
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < estimates.size(); i++) {
			tasks.add(i == 0 ? task("T0", estimates.get(0)) : task("T" + i, estimates.get(i), "T" + (i - 1)));
		}
		return tasks;
	}

	@Test
	void aChainsMeanAndVarianceAreTheSumsOfItsTasks() {
		List<Estimate> estimates = List.of(new Estimate(2, 4, 9), new Estimate(3, 5, 6), new Estimate(1, 1, 8),
				new Estimate(5, 8, 20), new Estimate(4, 4.5, 5), new Estimate(0, 2, 3));
		double mean = estimates.stream().mapToDouble(Estimate::pertMean).sum();
		double variance = estimates.stream().mapToDouble(Estimate::betaVariance).sum();
		int draws = 200_000;
		MonteCarlo.Run run = MonteCarlo.simulate(TaskGraph.of(chain(estimates)), DeliveryMode.INTERNAL, Sampler.PERT,
				draws, 7);
		double[] days = run.sortedDays();
		double m = run.mean();
		double v = 0;
		for (double d : days) {
			v += (d - m) * (d - m);
		}
		v /= draws - 1;
		double se = Math.sqrt(variance / draws);
		assertThat(m).isCloseTo(mean, within(4 * se));
		// the variance of a sample variance is about 2 sigma^4 / n for a near-normal sum
		assertThat(v).isCloseTo(variance, within(4 * variance * Math.sqrt(2.0 / draws)));
		// the textbook (p - o) / 6 understates this PERT-beta's spread: report both in
		// the docs
		double textbook = estimates.stream().mapToDouble(e -> e.pertSd() * e.pertSd()).sum();
		assertThat(variance).isGreaterThan(textbook);
	}

	@Test
	void oneTasksQuantilesAreThePertBetasQuantiles() {
		Estimate e = new Estimate(10, 14, 30);
		double a = 1 + 4 * (14 - 10) / 20.0;
		double b = 1 + 4 * (30 - 14) / 20.0;
		BetaDistribution beta = new BetaDistribution(a, b);
		MonteCarlo.Run run = MonteCarlo.simulate(TaskGraph.of(List.of(task("T", e))), DeliveryMode.ASSISTED,
				Sampler.PERT, 100_000, 11);
		for (double q : new double[] { 0.1, 0.5, 0.8, 0.95 }) {
			assertThat(run.quantile(q)).as("P" + (int) (q * 100))
				.isCloseTo(10 + 20 * beta.inverseCumulativeProbability(q), within(0.12));
		}
		assertThat(run.within(10 + 20 * beta.inverseCumulativeProbability(0.8))).isCloseTo(0.8, within(0.006));
	}

	@Test
	void oneTasksQuantilesAreTheTriangularsQuantiles() {
		Estimate e = new Estimate(2, 5, 14);
		MonteCarlo.Run run = MonteCarlo.simulate(TaskGraph.of(List.of(task("T", e))), DeliveryMode.INTERNAL,
				Sampler.TRIANGULAR, 100_000, 3);
		// F(5) = 3/12 = 0.25; above the mode x = 14 - sqrt((1 - q) x 12 x 9)
		assertThat(run.within(5)).isCloseTo(0.25, within(0.006));
		assertThat(run.quantile(0.8)).isCloseTo(14 - Math.sqrt(0.2 * 108), within(0.06));
	}

	@Test
	void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
		List<Task> tasks = chain(List.of(new Estimate(1, 2, 6), new Estimate(2, 3, 9)));
		MonteCarlo.Run one = MonteCarlo.simulate(TaskGraph.of(tasks), DeliveryMode.INTERNAL, Sampler.PERT, 1000, 42);
		MonteCarlo.Run two = MonteCarlo.simulate(TaskGraph.of(tasks), DeliveryMode.INTERNAL, Sampler.PERT, 1000, 42);
		MonteCarlo.Run other = MonteCarlo.simulate(TaskGraph.of(tasks), DeliveryMode.INTERNAL, Sampler.PERT, 1000, 43);
		assertThat(one.sortedDays()).containsExactly(two.sortedDays());
		assertThat(one.sortedDays()).isNotEqualTo(other.sortedDays());
	}

	@Test
	void theCriticalPathFollowsTheBranchThatFinishesLast() {
		// start -> long (10-12) -> end and start -> short (1-3) -> end; the long branch
		// is always critical
		List<Task> tasks = List.of(task("start", new Estimate(1, 1, 1)), task("short", new Estimate(1, 2, 3), "start"),
				task("long", new Estimate(10, 11, 12), "start"), task("end", new Estimate(1, 1, 1), "short", "long"));
		TaskGraph graph = TaskGraph.of(tasks);
		MonteCarlo.Run run = MonteCarlo.simulate(graph, DeliveryMode.INTERNAL, Sampler.PERT, 2000, 5);
		for (int i = 0; i < graph.size(); i++) {
			int expected = graph.tasks.get(i).id().equals("short") ? 0 : 2000;
			assertThat(run.criticalCounts()[i]).as(graph.tasks.get(i).id()).isEqualTo(expected);
		}
		assertThat(run.quantile(0)).isGreaterThanOrEqualTo(12);
	}

}
