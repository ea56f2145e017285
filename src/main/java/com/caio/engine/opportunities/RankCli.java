package com.caio.engine.opportunities;

import java.io.PrintStream;
import java.util.List;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code opportunities rank FILE}: ranks a workshop backlog and decides go/no-go for its
 * top use cases.
 */
@Component
class RankCli implements CliCommand {

	private final OpportunitiesService service;

	RankCli(OpportunitiesService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("opportunities", "rank");
	}

	@Override
	public String usage() {
		return "opportunities rank FILE.csv|.yaml [--method rice|wsjf|weighted] [--plan PLAN.yaml] [--json] "
				+ "[--chart OUT.svg|OUT.png] [--timeline OUT.png] [--xlsx OUT.xlsx] [--pdf OUT.pdf]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		return OpportunitiesCli.run(service, args, true, out, err);
	}

}
