package com.caio.engine.economics;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.economics.render.EconomicsText;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Component;

/**
 * {@code economics FILE}: assesses an engagement's economics, stores it, prints it and
 * writes the proposal and the cost-benefit summary.
 */
@Component
class EconomicsCli implements CliCommand {

	private final EconomicsService service;

	EconomicsCli(EconomicsService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("economics");
	}

	@Override
	public String usage() {
		return "economics FILE [--json] [--proposal OUT.docx|OUT.pdf] [--summary OUT.pdf]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("json", "proposal", "summary"));
		Path file = args.file("economics FILE (YAML or JSON)");
		try {
			EconomicsReport report = service.assessFile(file);
			String proposal = args.option("proposal");
			write(proposal, () -> proposal.toLowerCase().endsWith(".pdf") ? service.proposalPdf(report)
					: service.proposalDocx(report), err);
			write(args.option("summary"), () -> service.summaryPdf(report), err);
			out.println(args.flag("json") ? service.toJson(report) : EconomicsText.render(report));
			return 0;
		}
		catch (BadInputException ex) {
			err.println(file + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void write(String target, Supplier<byte[]> bytes, PrintStream err) {
		if (target == null) {
			return;
		}
		try {
			Files.write(Path.of(target), bytes.get());
			err.println("wrote " + target);
		}
		catch (IOException ex) {
			throw new BadInputException(target, "cannot write: " + ex.getMessage());
		}
	}

}
