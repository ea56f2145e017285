package com.caio.engine.pilot;

import java.io.IOException;
import java.nio.file.Path;

import com.caio.engine.bench.MemoryProbe;
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
		return PilotBenchCli.evaluateUnits(service, file).rows();
	}

}
