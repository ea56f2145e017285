package com.caio.engine.onboarding;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding plan FILE}: builds the 90-day plan, stores it, prints it and writes
 * the Gantt chart, workbook, PDF and calendar.
 */
@Component
class OnboardingCli implements CliCommand {

	private final OnboardingService service;

	OnboardingCli(OnboardingService service) {
		this.service = service;
	}

	@Override
	public List<String> words() {
		return List.of("onboarding", "plan");
	}

	@Override
	public String usage() {
		return "onboarding plan FILE [--json] [--gantt OUT.svg|OUT.png] [--xlsx OUT] [--pdf OUT] [--ics OUT]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of("json", "gantt", "xlsx", "pdf", "ics"));
		Path file = args.file("onboarding plan FILE (YAML or JSON)");
		try {
			OnboardingReport report = service.planFile(file);
			String gantt = args.option("gantt");
			write(gantt, () -> gantt.toLowerCase(Locale.ROOT).endsWith(".png") ? service.ganttPng(report)
					: service.ganttSvg(report), err);
			write(args.option("xlsx"), () -> service.workbook(report), err);
			write(args.option("pdf"), () -> service.pdf(report), err);
			write(args.option("ics"), () -> service.calendar(report), err);
			out.println(args.flag("json") ? service.toJson(report) : OnboardingText.render(report));
			return 0;
		}
		catch (BadInputException ex) {
			err.println(file + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void write(String target, Supplier<byte[]> bytes, PrintStream err) {
		if (target == null) {
			return;
		}
		try {
			Files.write(Path.of(target), bytes.get());
			err.println("wrote " + target);
		}
		catch (IOException ex) {
			throw new BadInputException(target, "cannot write: " + ex.getMessage());
		}
	}

}
