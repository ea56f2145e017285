package com.caio.engine.opportunities;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.caio.engine.bench.Benchmark;
import com.caio.engine.opportunities.model.DeliveryMode;
import com.caio.engine.opportunities.model.Estimate;
import com.caio.engine.opportunities.model.Task;
import org.springframework.stereotype.Component;

/**
 * {@code bench opportunities}: times the Monte Carlo schedule on a generated plan against
 * a bare loop drawing the same durations with no schedule, so the cost of the forward
 * pass and critical path is seen apart from the random numbers.
 */
@Component
class ScheduleBenchCli extends Benchmark {

	ScheduleBenchCli() {
		super("bench opportunities [--tasks 40] [--draws 10000] [--runs 7]");
	}

	@Override
	protected void run(Map<String, Long> options, PrintStream out) {
		int tasks = options.get("tasks").intValue();
		int draws = options.get("draws").intValue();
		int runs = options.get("runs").intValue();
		TaskGraph graph = TaskGraph.of(plan(tasks, 1));
		for (int i = 0; i < 3; i++) {
			MonteCarlo.simulate(graph, DeliveryMode.ASSISTED, Sampler.PERT, draws, i);
			MonteCarlo.bareLoop(graph, DeliveryMode.ASSISTED, Sampler.PERT, draws, i);
		}
		double[] simulate = new double[runs];
		double[] bare = new double[runs];
		double sink = 0;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			sink += MonteCarlo.simulate(graph, DeliveryMode.ASSISTED, Sampler.PERT, draws, 100 + i).quantile(0.5);
			long t1 = System.nanoTime();
			sink += MonteCarlo.bareLoop(graph, DeliveryMode.ASSISTED, Sampler.PERT, draws, 100 + i);
			long t2 = System.nanoTime();
			simulate[i] = (t1 - t0) / 1e6;
			bare[i] = (t2 - t1) / 1e6;
		}
		double s = median(simulate);
		double b = median(bare);
		out.printf(Locale.ROOT, "Monte Carlo schedule, %d tasks, %d draws, PERT-beta, median of %d runs (%s)%n", tasks,
				draws, runs, sink > 0 ? "after 3 warm-up runs" : "");
		out.printf(Locale.ROOT, "  simulation with critical path: %.1f ms (%.0f draws/s)%n", s, draws / (s / 1000));
		out.printf(Locale.ROOT, "  bare loop, same draws summed:  %.1f ms%n", b);
		out.printf(Locale.ROOT, "  ratio simulation / bare loop:  %.2f%n", s / b);
		out.printf(Locale.ROOT, "  under 1 s: %s%n", s < 1000 ? "yes" : "NO");
	}

	/** A layered plan: each task waits for one to three earlier tasks. */
	static List<Task> plan(int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			List<String> deps = new ArrayList<>();
			for (int d = 0; i > 0 && d < 1 + random.nextInt(3); d++) {
				String dep = "T" + random.nextInt(i);
				if (!deps.contains(dep)) {
					deps.add(dep);
				}
			}
			double o = 1 + random.nextInt(5);
			double m = o + random.nextInt(5);
			Estimate e = new Estimate(o, m, m + 1 + random.nextInt(10));
			tasks.add(new Task("T" + i, "Task " + i, e, e, deps, Map.of(), List.of("a"), List.of(), List.of()));
		}
		return tasks;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
