package com.caio.engine.upskilling.model;

import java.util.List;

/** The module results file, aggregated per module as it was read. */
public record ModuleResults(long rows, List<ModuleTally> modules, long rejectedCount, List<RejectedLine> rejected) {

	public ModuleResults {
		modules = List.copyOf(modules);
		rejected = List.copyOf(rejected);
	}

	/** The same results, their left-out lines in the file of this name. */
	public ModuleResults named(String name) {
		return new ModuleResults(rows, modules, rejectedCount, RejectedLine.named(rejected, name));
	}

	public static ModuleResults none() {
		return new ModuleResults(0, List.of(), 0, List.of());
	}

}
