package com.caio.engine.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.cli.Command;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code runs} commands: {@code delete} one stored run, {@code purge} old ones. */
@Configuration(proxyBeanMethods = false)
class RunsCommands {

	private final int retentionDays;

	RunsCommands(@Value("${caio.retention.days:0}") int retentionDays) {
		this.retentionDays = retentionDays;
	}

	/** Who ran a command: the operating-system user. */
	static String actor() {
		return "cli:" + System.getProperty("user.name", "unknown");
	}

	/** {@code runs delete KIND ID}: deletes one stored run and its upload, audited. */
	@Bean
	CliCommand runsDelete(RunRetention retention) {
		return Command.of("runs delete KIND ID", (args, out, err) -> {
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
			Optional<RunRetention.Deleted> result;
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
		});
	}

	/**
	 * {@code runs purge [--older-than DAYS]}: deletes runs and unreferenced uploads older
	 * than DAYS (default {@code caio.retention.days}); the audit trail stays.
	 */
	@Bean
	CliCommand runsPurge(RunRetention retention) {
		return Command.of("runs purge [--older-than DAYS]   (default: caio.retention.days)", (args, out, err) -> {
			args.allowOnly(Set.of("older-than"));
			if (!args.words().isEmpty()) {
				throw new CliArgs.UsageException("unexpected '" + args.words().get(0) + "'");
			}
			int days = days(args.option("older-than"));
			Instant cutoff = Instant.now().minus(Duration.ofDays(days));
			RunRetention.Purged purged = retention.purge(cutoff, actor());
			out.println("purged " + purged.runs().size() + " run(s) created before " + cutoff + " (" + days + " days); "
					+ purged.uploadsDeleted() + " upload file(s) deleted, " + purged.bytesFreed()
					+ " bytes freed; the audit trail is kept");
			return 0;
		});
	}

	private int days(String option) throws CliArgs.UsageException {
		if (option == null) {
			if (retentionDays <= 0) {
				throw new CliArgs.UsageException(
						"give --older-than DAYS, or set caio.retention.days (CAIO_RETENTION_DAYS); it is 0 (keep all)");
			}
			return retentionDays;
		}
		try {
			int days = Integer.parseInt(option);
			if (days < 0) {
				throw new NumberFormatException();
			}
			return days;
		}
		catch (NumberFormatException ex) {
			throw new CliArgs.UsageException("--older-than takes a whole number of days >= 0, not '" + option + "'");
		}
	}

}
