package com.caio.engine.risk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Component;

/**
 * {@code risk rank FILE}: ranks a risk register, stores it, prints the report and
 * optionally writes the heatmap.
 */
@Component
class RiskCli implements CliCommand {

	private final RiskService service;

	RiskCli(RiskService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("risk", "rank");
	}

	@Override
	public String usage() {
		return "risk rank FILE [--assessment ID] [--rules DIR] [--json] [--heatmap OUT.svg|OUT.png]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("json", "assessment", "heatmap"));
		Path file = args.operand("risk register FILE");
		Long assessment = assessment(args.option("assessment"));
		String heatmap = args.option("heatmap");
		String lower = heatmap == null ? "" : heatmap.toLowerCase(Locale.ROOT);
		if (heatmap != null && !lower.endsWith(".svg") && !lower.endsWith(".png")) {
			throw new CliArgs.UsageException(
					"--heatmap needs a file name ending in .svg or .png, not '" + heatmap + "'");
		}
		CliArgs.readable(file);
		try {
			RiskReport report = service.rankAndStore(file, file.getFileName().toString(), assessment);
			if (heatmap != null) {
				writeHeatmap(report, Path.of(heatmap), lower.endsWith(".png"));
			}
			out.println(args.flag("json") ? service.toJson(report) : RiskText.render(report));
			return 0;
		}
		catch (CsvFormatException ex) {
			err.println(ex.describe(file.toString()));
			return 1;
		}
		catch (BadInputException ex) {
			err.println("caio: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println(heatmap + ": cannot write the heatmap: " + ex.getMessage());
			return 1;
		}
	}

	private static Long assessment(String value) throws CliArgs.UsageException {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new CliArgs.UsageException(
					"--assessment needs the numeric id of a stored maturity assessment, not '" + value + "'");
		}
	}

	private static void writeHeatmap(RiskReport report, Path target, boolean png) throws IOException {
		if (png) {
			Files.write(target, HeatmapPng.render(report));
		}
		else {
			Files.writeString(target, HeatmapSvg.render(report), StandardCharsets.UTF_8);
		}
	}

}
