package com.caio.engine.risk;

import java.io.IOException;
import java.nio.file.Path;

import com.caio.engine.bench.MemoryProbe;
import com.caio.engine.rules.RuleRuntime;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench memory}'s risk input: the register of {@code bench risk}, ranked as it
 * does (read, rules, ranking, heatmap, roadmap, JSON, SVG).
 */
@Component
class RiskMemoryProbe implements MemoryProbe {

	private final RiskCapability capability;

	private final RuleRuntime rules;

	private final JsonMapper json;

	RiskMemoryProbe(RiskCapability capability, RuleRuntime rules, JsonMapper json) {
		this.capability = capability;
		this.rules = rules;
		this.json = json;
	}

	@Override
	public String kind() {
		return "risk";
	}

	@Override
	public String rowName() {
		return "risk";
	}

	@Override
	public void generate(Path file, long rows) throws IOException {
		RegisterGenerator.write(file, Math.toIntExact(rows), 42);
	}

	@Override
	public long score(Path file) {
		return RiskBenchCli.rankOnce(capability, rules.current(), json, file).rows();
	}

}
