package com.caio.engine.opportunities;

import java.util.Arrays;
import java.util.SplittableRandom;

import com.caio.engine.opportunities.model.DeliveryMode;
import com.caio.engine.opportunities.model.Estimate;

/**
 * Monte Carlo schedule: each draw samples every task's duration (PERT-beta or
 * triangular), runs the finish-to-start forward pass, and walks the critical path back
 * from the last task to finish. A fixed seed makes a run reproducible.
 */
final class MonteCarlo {

	/** What the draws produced for one delivery mode. */
	record Run(double[] sortedDays, int[] criticalCounts, int draws) {

		/** Quantile with linear interpolation between order statistics (R's type 7). */
		double quantile(double q) {
			double h = (sortedDays.length - 1) * q;
			int lo = (int) Math.floor(h);
			int hi = Math.min(lo + 1, sortedDays.length - 1);
			return sortedDays[lo] + (h - lo) * (sortedDays[hi] - sortedDays[lo]);
		}

		/** Share of draws finishing within {@code days}. */
		double within(double days) {
			int at = Arrays.binarySearch(sortedDays, days);
			if (at < 0) {
				at = -at - 1;
			}
			else {
				while (at < sortedDays.length && sortedDays[at] <= days) {
					at++;
				}
			}
			return (double) at / sortedDays.length;
		}

		double mean() {
			return Arrays.stream(sortedDays).average().orElse(0);
		}

	}

	private MonteCarlo() {
	}

	static Run simulate(TaskGraph graph, DeliveryMode mode, Sampler sampler, int draws, long seed) {
		int n = graph.size();
		Sampler.Prepared[] tasks = new Sampler.Prepared[n];
		for (int i = 0; i < n; i++) {
			Estimate e = graph.tasks.get(i).estimate(mode);
			tasks[i] = sampler.prepare(e);
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[] finish = new double[n];
		int[] via = new int[n];
		int[] critical = new int[n];
		double[] days = new double[draws];
		for (int d = 0; d < draws; d++) {
			int last = -1;
			double end = -1;
			for (int i = 0; i < n; i++) {
				double start = 0;
				int from = -1;
				for (int p : graph.predecessors[i]) {
					if (finish[p] > start) {
						start = finish[p];
						from = p;
					}
				}
				via[i] = from;
				finish[i] = start + tasks[i].sample(random);
				if (finish[i] > end) {
					end = finish[i];
					last = i;
				}
			}
			days[d] = end;
			for (int i = last; i >= 0; i = via[i]) {
				critical[i]++;
			}
		}
		Arrays.sort(days);
		return new Run(days, critical, draws);
	}

	/**
	 * The same draws with no schedule: every duration sampled and summed. The benchmark's
	 * baseline, the cost of the random numbers alone.
	 */
	static double bareLoop(TaskGraph graph, DeliveryMode mode, Sampler sampler, int draws, long seed) {
		int n = graph.size();
		Sampler.Prepared[] tasks = new Sampler.Prepared[n];
		for (int i = 0; i < n; i++) {
			tasks[i] = sampler.prepare(graph.tasks.get(i).estimate(mode));
		}
		SplittableRandom random = new SplittableRandom(seed);
		double sum = 0;
		for (int d = 0; d < draws; d++) {
			for (int i = 0; i < n; i++) {
				sum += tasks[i].sample(random);
			}
		}
		return sum;
	}

}
