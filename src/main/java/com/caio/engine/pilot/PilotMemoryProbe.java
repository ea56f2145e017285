package com.caio.engine.pilot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.bench.MemoryProbe;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;

/** {@code bench memory}'s pilot input: the per-unit CSV of {@code bench pilot}. */
@Component
class PilotMemoryProbe implements MemoryProbe {

	private final PilotService service;

	PilotMemoryProbe(PilotService service) {
		this.service = service;
	}

	@Override
	public String kind() {
		return "pilot";
	}

	@Override
	public String rowName() {
		return "unit";
	}

	@Override
	public void generate(Path file, long rows) throws IOException {
		PilotBenchCli.generate(file, rows);
	}

	@Override
	public long score(Path file) {
		return service
			.evaluateUnits(Source.file(file), new EvaluationInput(PilotBenchCli.plan(), null, null, null, List.of()))
			.rows();
	}

}
