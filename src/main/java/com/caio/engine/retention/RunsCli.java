package com.caio.engine.retention;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import org.springframework.stereotype.Component;

/** {@code runs delete KIND ID}: deletes one stored run and its upload, audited. */
@Component
class RunsCli implements CliCommand {

	private final RunRetention retention;

	RunsCli(RunRetention retention) {
		this.retention = retention;
	}

	/** Who ran a command: the operating-system user. */
	static String actor() {
		return "cli:" + System.getProperty("user.name", "unknown");
	}

	@Override
	public List<String> words() {
		return List.of("runs", "delete");
	}

	@Override
	public String usage() {
		return "runs delete KIND ID";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of());
		if (args.words().size() != 2) {
			throw new CliArgs.UsageException("expected KIND and ID, e.g. runs delete maturity 12");
		}
		String kind = args.words().get(0);
		long id;
		try {
			id = Long.parseLong(args.words().get(1));
		}
		catch (NumberFormatException ex) {
			throw new CliArgs.UsageException("ID '" + args.words().get(1) + "' is not a number");
		}
		java.util.Optional<RunRetention.Deleted> result;
		try {
			result = retention.delete(kind, id, actor());
		}
		catch (RunRetention.RetainedRunException ex) {
			err.println("caio: " + ex.getMessage());
			return 1;
		}
		return result.map(deleted -> {
			out.println("deleted " + kind + " run " + id + " (" + deleted.inputName() + "); "
					+ (deleted.uploadDeleted() ? "its upload deleted, " + deleted.bytesFreed() + " bytes"
							: "no upload deleted (another run refers to it, or none was kept)"));
			return 0;
		}).orElseGet(() -> {
			err.println("caio: no stored " + kind + " run with id " + id);
			return 1;
		});
	}

}
