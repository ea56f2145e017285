package com.caio.engine.maturity;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.csv.CsvFormatException;
import org.springframework.stereotype.Component;

/**
 * {@code maturity score FILE [--json]}: scores a survey file, stores it and prints the
 * report.
 */
@Component
class MaturityCli implements CliCommand {

	private final MaturityService service;

	MaturityCli(MaturityService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("maturity", "score");
	}

	@Override
	public String usage() {
		return "maturity score FILE [--rules DIR] [--json]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("json"));
		Path file = args.file("survey FILE");
		try {
			MaturityReport report = service.scoreAndStore(file, file.getFileName().toString());
			out.println(args.flag("json") ? service.toJson(report) : MaturityText.render(report));
			return 0;
		}
		catch (CsvFormatException ex) {
			err.println(ex.describe(file.toString()));
			return 1;
		}
	}

}
