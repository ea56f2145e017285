package com.caio.engine.engagement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.render.StatusPdf;
import com.caio.engine.engagement.render.StatusText;
import com.caio.engine.common.BadInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command-line adapters: {@code engagement import FILE},
 * {@code engagement status ID [--as-of DATE] [--json] [--pdf OUT]},
 * {@code audit verify ID}.
 */
@Configuration
class EngagementCli {

	@Bean
	CliCommand engagementImport(EngagementService service) {
		return command(List.of("engagement", "import"), "engagement import FILE.yaml|FILE.json", (args, out, err) -> {
			args.allowOnly(Set.of("json"));
			Path file = args.file("FILE (the engagement as YAML or JSON)");
			try {
				EngagementService.Imported imported = service.importFile(file);
				out.println(args.flag("json") ? service.toJson(imported)
						: "engagement " + imported.id() + " imported: " + imported.client() + ", " + imported.title()
								+ "; " + imported.people() + " people, " + imported.artefacts() + " artefacts, "
								+ imported.events() + " events; chain head " + imported.headHash());
				return 0;
			}
			catch (BadInputException ex) {
				err.println(file + ": " + ex.getMessage());
				return 1;
			}
		});
	}

	@Bean
	CliCommand engagementStatus(EngagementService service) {
		return command(List.of("engagement", "status"),
				"engagement status ID [--as-of YYYY-MM-DD] [--json] [--pdf OUT.pdf]", (args, out, err) -> {
					args.allowOnly(Set.of("json", "as-of", "pdf"));
					long id = id(args);
					try {
						EngagementStatus status = service.status(id, EngagementController.date(args.option("as-of")));
						if (args.option("pdf") != null) {
							try (OutputStream pdf = Files.newOutputStream(Path.of(args.option("pdf")))) {
								StatusPdf.render(status, pdf);
							}
						}
						out.println(args.flag("json") ? service.toJson(status) : StatusText.render(status));
						return 0;
					}
					catch (BadInputException ex) {
						err.println("caio: " + ex.getMessage());
						return 1;
					}
					catch (EngagementNotFoundException ex) {
						err.println("caio: " + ex.getMessage());
						return 1;
					}
					catch (IOException ex) {
						err.println("caio: " + args.option("pdf") + ": " + ex.getMessage());
						return 1;
					}
				});
	}

	@Bean
	CliCommand auditVerify(EngagementService service) {
		return command(List.of("audit", "verify"), "audit verify ID   (recomputes an engagement's hash chain)",
				(args, out, err) -> {
					args.allowOnly(Set.of("json"));
					long id = id(args);
					try {
						HashChain.Verdict verdict = service.audit(id);
						if (args.flag("json")) {
							out.println(service.toJson(verdict));
						}
						else if (verdict.valid()) {
							out.println("engagement " + id + ": " + verdict.rows() + " rows, hash chain intact, head "
									+ verdict.headHash());
						}
						else {
							out.println("engagement " + id + ": row " + verdict.firstBadRow()
									+ (verdict.firstBadRecord() == null ? "" : " (" + verdict.firstBadRecord() + ")")
									+ " does not match: " + verdict.reason());
						}
						return verdict.valid() ? 0 : 1;
					}
					catch (EngagementNotFoundException ex) {
						err.println("caio: " + ex.getMessage());
						return 1;
					}
				});
	}

	private static long id(CliArgs args) throws CliArgs.UsageException {
		String text = args.operand("engagement ID").toString();
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new CliArgs.UsageException("'" + text + "' is not an engagement id; expected a number");
		}
	}

	/** The body of a command. */
	interface Body {

		int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException;

	}

	private static CliCommand command(List<String> words, String usage, Body body) {
		return new CliCommand() {
			@Override
			public List<String> words() {
				return words;
			}

			@Override
			public String usage() {
				return usage;
			}

			@Override
			public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
				return body.run(args, out, err);
			}
		};
	}

}
