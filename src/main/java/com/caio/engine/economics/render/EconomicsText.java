package com.caio.engine.economics.render;

import com.caio.engine.economics.EconomicsResult;
import com.caio.engine.storage.Run;

/** The plain-text result the CLI prints. */
public final class EconomicsText {

	private EconomicsText() {
	}

	public static String render(Run<EconomicsResult> run) {
		EconomicsResult r = run.result();
		Narrative says = new Narrative(r);
		StringBuilder out = new StringBuilder();
		out.append(r.name())
			.append(" (run ")
			.append(run.id())
			.append(", rules ")
			.append(run.ruleSetVersion(), 0, 12)
			.append(")\n\n");
		out.append(says.headline()).append('\n');
		out.append(says.timeToValue()).append('\n');
		out.append(says.avoidedWaste()).append('\n');
		out.append(says.breakEven()).append("\n\nWhat moves the saving:\n");
		says.drivers(5).forEach(d -> out.append("  - ").append(d).append('\n'));
		out.append("\nFindings:").append(r.findings().isEmpty() ? " none\n" : "\n");
		r.findings()
			.forEach(f -> out.append("  [")
				.append(f.severity())
				.append("] ")
				.append(f.message())
				.append(" (")
				.append(f.ruleId())
				.append(")\n"));
		out.append('\n').append(says.verdict());
		return out.toString();
	}

}
