package com.caio.engine.retention;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code runs purge [--older-than DAYS]}: deletes runs and unreferenced uploads older
 * than DAYS (default {@code caio.retention.days}); the audit trail stays.
 */
@Component
class PurgeCli implements CliCommand {

	private final RunRetention retention;

	private final int retentionDays;

	PurgeCli(RunRetention retention, @Value("${caio.retention.days:0}") int retentionDays) {
		this.retention = retention;
		this.retentionDays = retentionDays;
	}

	@Override
	public List<String> words() {
		return List.of("runs", "purge");
	}

	@Override
	public String usage() {
		return "runs purge [--older-than DAYS]   (default: caio.retention.days)";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("older-than"));
		if (!args.words().isEmpty()) {
			throw new CliArgs.UsageException("unexpected '" + args.words().get(0) + "'");
		}
		int days = days(args.option("older-than"));
		Instant cutoff = Instant.now().minus(Duration.ofDays(days));
		RunRetention.Purged purged = retention.purge(cutoff, RunsCli.actor());
		out.println("purged " + purged.runs().size() + " run(s) created before " + cutoff + " (" + days + " days); "
				+ purged.uploadsDeleted() + " upload file(s) deleted, " + purged.bytesFreed()
				+ " bytes freed; the audit trail is kept");
		return 0;
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
