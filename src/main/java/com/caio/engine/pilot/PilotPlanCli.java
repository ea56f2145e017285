package com.caio.engine.pilot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Component;

/**
 * {@code pilot plan FILE [--json]}: sample size, duration, feasibility and readiness of a
 * pilot plan.
 */
@Component
class PilotPlanCli implements CliCommand {

	private final PilotService service;

	private final PilotInputs inputs;

	PilotPlanCli(PilotService service, PilotInputs inputs) {
		this.service = service;
		this.inputs = inputs;
	}

	@Override
	public List<String> words() {
		return List.of("pilot", "plan");
	}

	@Override
	public String usage() {
		return "pilot plan FILE.yaml|FILE.json [--json]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("json"));
		Path file = args.file("plan FILE (JSON or YAML)");
		try {
			PlannedPilot planned = service.plan(inputs.read(file, PilotRequest.class));
			out.println(args.flag("json") ? service.toJson(planned) : PilotText.render(planned));
			return 0;
		}
		catch (BadInputException ex) {
			err.println(file + ": " + ex.getMessage());
			return 1;
		}
	}

}
