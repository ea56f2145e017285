package com.caio.engine.opportunities;

import java.io.PrintStream;
import java.util.List;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code opportunities mvp-plan FILE}: time to MVP, internal-only against assisted, with
 * the resource and coaching plans.
 */
@Component
class MvpPlanCli implements CliCommand {

	private final OpportunitiesService service;

	MvpPlanCli(OpportunitiesService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("opportunities", "mvp-plan");
	}

	@Override
	public String usage() {
		return "opportunities mvp-plan FILE.yaml [--backlog FILE] [--json] [--timeline OUT.png] [--chart OUT.svg|OUT.png] "
				+ "[--xlsx OUT.xlsx] [--pdf OUT.pdf]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		return OpportunitiesCli.run(service, args, false, out, err);
	}

}
