package com.caio.engine.opportunities;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.opportunities.model.Task;
import com.caio.engine.common.BadInputException;

/**
 * The tasks in an order where every task comes after the tasks it depends on
 * (finish-to-start), as index arrays the simulation walks without allocating.
 */
final class TaskGraph {

	/** Tasks in topological order. */
	final List<Task> tasks;

	/** {@code predecessors[i]}: the positions (in {@link #tasks}) task i waits for. */
	final int[][] predecessors;

	private TaskGraph(List<Task> tasks, int[][] predecessors) {
		this.tasks = tasks;
		this.predecessors = predecessors;
	}

	/**
	 * @throws BadInputException naming the field of an unknown or duplicate task, or the
	 * tasks of a cycle
	 */
	static TaskGraph of(List<Task> input) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < input.size(); i++) {
			if (index.putIfAbsent(input.get(i).id(), i) != null) {
				throw new BadInputException("tasks[" + i + "].id", "duplicate task id '" + input.get(i).id() + "'");
			}
		}
		int n = input.size();
		List<List<Integer>> successors = new ArrayList<>();
		int[] waiting = new int[n];
		for (int i = 0; i < n; i++) {
			successors.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			List<String> deps = input.get(i).dependsOn();
			for (int d = 0; d < deps.size(); d++) {
				Integer from = index.get(deps.get(d));
				if (from == null) {
					throw new BadInputException("tasks[" + i + "].dependsOn[" + d + "]",
							"task '" + input.get(i).id() + "' depends on unknown task '" + deps.get(d)
									+ "'; known tasks: " + String.join(", ", input.stream().map(Task::id).toList()));
				}
				successors.get(from).add(i);
				waiting[i]++;
			}
		}
		Deque<Integer> ready = new ArrayDeque<>();
		for (int i = 0; i < n; i++) {
			if (waiting[i] == 0) {
				ready.add(i);
			}
		}
		List<Integer> order = new ArrayList<>();
		while (!ready.isEmpty()) {
			int i = ready.poll();
			order.add(i);
			for (int next : successors.get(i)) {
				if (--waiting[next] == 0) {
					ready.add(next);
				}
			}
		}
		if (order.size() < n) {
			throw new BadInputException("tasks", "dependency cycle: "
					+ String.join(" -> ", cycle(input, index, waiting)) + "; a task cannot wait for itself");
		}
		int[] position = new int[n];
		for (int p = 0; p < n; p++) {
			position[order.get(p)] = p;
		}
		List<Task> sorted = order.stream().map(input::get).toList();
		int[][] predecessors = new int[n][];
		for (int p = 0; p < n; p++) {
			predecessors[p] = sorted.get(p).dependsOn().stream().mapToInt(id -> position[index.get(id)]).toArray();
		}
		return new TaskGraph(sorted, predecessors);
	}

	/** Walks back along dependencies from a task left in the cycle until one repeats. */
	private static List<String> cycle(List<Task> input, Map<String, Integer> index, int[] waiting) {
		int start = 0;
		while (waiting[start] == 0) {
			start++;
		}
		List<Integer> path = new ArrayList<>();
		Map<Integer, Integer> seen = new HashMap<>();
		int at = start;
		while (!seen.containsKey(at)) {
			seen.put(at, path.size());
			path.add(at);
			at = input.get(at)
				.dependsOn()
				.stream()
				.map(index::get)
				.filter(d -> waiting[d] > 0)
				.findFirst()
				.orElseThrow();
		}
		List<String> names = new ArrayList<>();
		List<Integer> loop = path.subList(seen.get(at), path.size());
		// the walk went against the arrows; name the tasks in the order they wait for
		// each other
		for (int i = loop.size() - 1; i >= 0; i--) {
			names.add(input.get(loop.get(i)).id());
		}
		names.add(names.get(0));
		return names;
	}

	int size() {
		return tasks.size();
	}

}
