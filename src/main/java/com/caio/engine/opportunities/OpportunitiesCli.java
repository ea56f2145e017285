package com.caio.engine.opportunities;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.opportunities.render.OpportunitiesDocuments;
import com.caio.engine.opportunities.render.OpportunitiesText;
import com.caio.engine.web.BadInputException;

/**
 * What {@code opportunities rank} and {@code opportunities mvp-plan} share: run, store,
 * print, and write the documents asked for.
 */
final class OpportunitiesCli {

	static final Set<String> OPTIONS = Set.of("json", "method", "plan", "backlog", "chart", "timeline", "xlsx", "pdf");

	private OpportunitiesCli() {
	}

	static int run(OpportunitiesService service, CliArgs args, boolean backlogFirst, PrintStream out, PrintStream err)
			throws CliArgs.UsageException {
		args.allowOnly(OPTIONS);
		Path file = args.operand(backlogFirst ? "backlog FILE" : "MVP plan FILE");
		Path other = option(args, backlogFirst ? "plan" : "backlog");
		Path backlog = backlogFirst ? file : other;
		Path plan = backlogFirst ? other : file;
		Map<String, Path> documents = documents(args);
		CliArgs.readable(file);
		try {
			OpportunitiesService.Run run = service.assessAndStore(input(backlog), input(plan), args.option("method"));
			for (Map.Entry<String, Path> d : documents.entrySet()) {
				var rendered = OpportunitiesDocuments.render(run, d.getKey());
				if (rendered.isEmpty()) {
					err.println("caio: " + d.getKey() + " needs "
							+ (d.getKey().startsWith("bubble") ? "a backlog" : "an MVP plan") + "; not written");
					return 2;
				}
				Files.write(d.getValue(), rendered.get().bytes());
			}
			out.println(args.flag("json") ? service.toJson(run) : OpportunitiesText.render(run));
			return 0;
		}
		catch (CsvFormatException ex) {
			err.println(ex.describe(backlog.toString()));
			return 1;
		}
		catch (BadInputException ex) {
			err.println((ex.where().contains(":") ? "" : file + ": ") + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("caio: cannot write a document: " + ex.getMessage());
			return 1;
		}
	}

	private static OpportunitiesService.Input input(Path path) {
		return path == null ? null
				: new OpportunitiesService.Input(CliArgs.readable(path), path.getFileName().toString());
	}

	private static Path option(CliArgs args, String name) {
		String value = args.option(name);
		return value == null ? null : Path.of(value);
	}

	/** Document name to target file, checking each extension before anything runs. */
	private static Map<String, Path> documents(CliArgs args) throws CliArgs.UsageException {
		Map<String, Path> documents = new LinkedHashMap<>();
		String chart = args.option("chart");
		if (chart != null) {
			String lower = chart.toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
				throw new CliArgs.UsageException(
						"--chart needs a file name ending in .svg or .png, not '" + chart + "'");
			}
			documents.put(lower.endsWith(".svg") ? "bubble.svg" : "bubble.png", Path.of(chart));
		}
		expect(args, "timeline", ".png", "timeline.png", documents);
		expect(args, "xlsx", ".xlsx", "workbook.xlsx", documents);
		expect(args, "pdf", ".pdf", "one-pager.pdf", documents);
		return documents;
	}

	private static void expect(CliArgs args, String option, String extension, String document,
			Map<String, Path> documents) throws CliArgs.UsageException {
		String value = args.option(option);
		if (value == null) {
			return;
		}
		if (!value.toLowerCase(Locale.ROOT).endsWith(extension)) {
			throw new CliArgs.UsageException(
					"--" + option + " needs a file name ending in " + extension + ", not '" + value + "'");
		}
		documents.put(document, Path.of(value));
	}

}
