package com.caio.engine.governance;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.common.Refusal;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import org.springframework.stereotype.Component;

/**
 * {@code caio governance pack --engagement ID --quarter YYYY-Qn [--kpis FILE] ...}: the
 * pack without a pack file. It writes the one it stands for ({@code engagement},
 * {@code quarter}) and runs it as {@code caio governance FILE} would, so the run is the
 * same and stamped the same.
 */
@Component
class GovernancePackCli implements CliCommand {

	private final Runs runs;

	GovernancePackCli(Runs runs) {
		this.runs = runs;
	}

	@Override
	public String usage() {
		return "governance pack --engagement ID --quarter YYYY-Qn [--kpis FILE] [--incidents FILE] [--framework FILE]"
				+ " [--pptx OUT] [--pdf OUT] [--json]";
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		if (args.option("engagement") == null || args.option("quarter") == null) {
			throw new CliArgs.UsageException("governance pack needs --engagement ID and --quarter YYYY-Qn");
		}
		Capability capability = runs.capability(GovernanceCapability.KIND);
		Map<String, Source> attachments = new LinkedHashMap<>();
		for (String name : new String[] { GovernanceCapability.KPIS, GovernanceCapability.INCIDENTS,
				GovernanceCapability.FRAMEWORK }) {
			if (args.option(name) != null) {
				attachments.put(name, Source.file(CliArgs.readable(Path.of(args.option(name)))));
			}
		}
		Path pack = packFile(args.option("engagement"), args.option("quarter"));
		try {
			Run<?> run = runs.run(capability, Source.file(pack, Map.of(), attachments));
			for (String document : new String[] { "pptx", "pdf" }) {
				if (args.option(document) != null) {
					Files.write(Path.of(args.option(document)),
							(byte[]) runs.document(capability, document).render().apply(run));
					err.println("wrote " + args.option(document));
				}
			}
			out.println(new String(
					(byte[]) runs.document(capability, args.flag("json") ? "pack" : "text").render().apply(run),
					StandardCharsets.UTF_8));
			return 0;
		}
		catch (Refusal ex) {
			err.println(ex.describe("governance pack"));
			return 1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The pack file the options stand for, written as the user would write it. */
	private static Path packFile(String engagement, String quarter) {
		try {
			Path dir = Files.createTempDirectory("caio-governance");
			return Files.writeString(dir.resolve("governance-pack.yaml"), "engagement: '"
					+ engagement.replace("'", "''") + "'\nquarter: '" + quarter.replace("'", "''") + "'\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
