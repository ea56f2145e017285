package com.caio.engine.businesscase;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Component;

/**
 * {@code business-case FILE}: evaluates a business case, stores it, prints it and writes
 * its documents.
 */
@Component
class BusinessCaseCli implements CliCommand {

	private final BusinessCaseService service;

	BusinessCaseCli(BusinessCaseService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("business-case");
	}

	@Override
	public String usage() {
		return "business-case FILE [--baseline CSV] [--json] [--deck OUT.pptx] [--summary OUT.pdf]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("json", "deck", "summary", "baseline"));
		Path file = args.file("business-case FILE (YAML or JSON)");
		try {
			String baseline = args.option("baseline");
			BusinessCaseReport report = service.evaluateFile(file, baseline == null ? null : Path.of(baseline));
			write(args.option("deck"), () -> service.deck(report), err);
			write(args.option("summary"), () -> service.summary(report), err);
			out.println(args.flag("json") ? service.toJson(report) : BusinessCaseText.render(report));
			return 0;
		}
		catch (BadInputException ex) {
			err.println(file + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void write(String target, java.util.function.Supplier<byte[]> bytes, PrintStream err) {
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
