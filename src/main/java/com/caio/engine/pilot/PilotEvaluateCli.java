package com.caio.engine.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.Command;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.common.BadInputException;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code pilot evaluate FILE [--plan PLAN] [--json] [--report OUT.pdf]}: evaluates
 * aggregates (JSON/YAML) or a per-unit CSV (which takes its plan, close date and learned
 * risks from {@code --plan}).
 */
@Component
class PilotEvaluateCli extends Command {

	private final PilotService service;

	private final PilotInputs inputs;

	PilotEvaluateCli(PilotService service, PilotInputs inputs) {
		super("pilot evaluate FILE.yaml|FILE.json|UNITS.csv [--plan PLAN.yaml] [--json] [--report OUT.pdf]");
		this.service = service;
		this.inputs = inputs;
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		Path file = args.operand("FILE (aggregates as JSON/YAML, or a per-unit CSV)");
		boolean csv = PilotInputs.isCsv(file);
		if (csv && args.option("plan") == null) {
			throw new CliArgs.UsageException(
					"a per-unit CSV needs --plan PLAN.yaml (the plan, and optionally closedOn and learnedRisks)");
		}
		Path current = file;
		try {
			PilotEvaluation evaluation;
			if (csv) {
				current = Path.of(args.option("plan"));
				EvaluationInput context = context(CliArgs.readable(current));
				current = file;
				evaluation = service.evaluateUnits(Source.file(CliArgs.readable(file)), context);
			}
			else {
				evaluation = service.evaluate(inputs.read(CliArgs.readable(file), EvaluationInput.class));
			}
			if (args.option("report") != null) {
				try (OutputStream pdf = Files.newOutputStream(Path.of(args.option("report")))) {
					PilotPdf.render(new PilotReport(evaluation, List.of()), pdf);
				}
			}
			out.println(args.flag("json") ? service.toJson(evaluation) : PilotText.render(evaluation));
			return 0;
		}
		catch (BadInputException ex) {
			err.println(ex.getMessage().startsWith(current.getFileName().toString()) ? ex.getMessage()
					: current + ": " + ex.getMessage());
			return 1;
		}
		catch (CsvFormatException ex) {
			err.println(ex.describe(file.toString()));
			return 1;
		}
		catch (IOException ex) {
			err.println(current + ": " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * The plan, close date and learned risks of a plan or evaluation file; arms there
	 * would contradict the CSV.
	 */
	private EvaluationInput context(Path planFile) {
		JsonNode tree = inputs.tree(planFile);
		for (String arm : List.of("control", "treatment")) {
			if (tree.has(arm)) {
				throw new BadInputException(arm,
						"the arms come from the per-unit CSV; remove them from the --plan file");
			}
		}
		PlanInput plan = tree.has("plan") ? inputs.fromTree(tree.get("plan"), PlanInput.class, "plan") : null;
		List<String> risks = new ArrayList<>();
		if (tree.has("learnedRisks")) {
			tree.get("learnedRisks").valueStream().forEach(r -> risks.add(r.asString()));
		}
		java.time.LocalDate closed = tree.has("closedOn")
				? inputs.fromTree(tree.get("closedOn"), java.time.LocalDate.class, "closedOn") : null;
		return new EvaluationInput(plan, null, null, closed, risks);
	}

}
