package com.caio.engine.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import com.caio.engine.common.Unavailable;
import com.caio.engine.server.DataDirException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one command and returns its exit code. The command runs in the same Spring wiring
 * as the server (same rules, same storage) but without the web server or the rules
 * watcher.
 */
public final class Cli {

	private Cli() {
	}

	/**
	 * Runs the command, printing to {@code out} and {@code err} with control characters
	 * shown escaped ({@link TerminalSafe}): a report or a refusal echoes what a file or a
	 * server said.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		PrintStream safeOut = TerminalSafe.wrap(out);
		PrintStream safeErr = TerminalSafe.wrap(err);
		try {
			return runCommand(application, args, safeOut, safeErr);
		}
		finally {
			safeOut.flush();
			safeErr.flush();
		}
	}

	private static int runCommand(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		CliArgs parsed;
		try {
			parsed = CliArgs.parse(args);
		}
		catch (CliArgs.UsageException ex) {
			err.println("caio: " + ex.getMessage());
			return 2;
		}
		if (parsed.flag("help")) {
			String usage = storedUsage();
			if (usage != null) {
				// printed without starting anything: the commands are known at build time
				err.print(usage);
				return 0;
			}
		}
		String server = parsed.option("server") != null ? parsed.option("server") : System.getenv("CAIO_SERVER");
		if (server != null && !server.isBlank() && !parsed.flag("help")) {
			return remote(server, parsed, err, out);
		}
		Map<String, Object> properties = new java.util.HashMap<>(
				Map.of("caio.rules.watch", "false", "logging.level.root", "WARN", "logging.level.com.caio", "ERROR",
						"logging.level.org.kie", "ERROR", "logging.level.org.drools", "ERROR",
						"logging.level.org.flywaydb", "ERROR", "spring.main.log-startup-info", "false"));
		// the data folder's refusal is printed below, as one message with what to do
		properties.put("logging.level.org.springframework.boot.diagnostics", "OFF");
		properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		// a command uses one capability's rules: compile that folder when it first runs
		properties.put("caio.rules.compile", "on-demand");
		if (!parsed.words().isEmpty()) {
			// a capability's command is named after its rules folder (business-case:
			// businesscase): compile that folder while the rest starts
			properties.put("caio.rules.prefetch", parsed.words().get(0).replace("-", ""));
		}
		if (parsed.option("rules") != null) {
			properties.put("caio.rules.dir", parsed.option("rules"));
		}
		if (!parsed.words().isEmpty() && parsed.words().get(0).equals("bench")) {
			// benchmarks score inputs far larger than a request's on purpose
			properties.put("caio.rules.time-limit", "600s");
			properties.put("caio.rules.max-firings", String.valueOf(Integer.MAX_VALUE));
		}
		if (parsed.option("data") != null) {
			properties.put("caio.data.dir", java.nio.file.Path.of(parsed.option("data")).toAbsolutePath().toString());
		}
		// as command-line properties, so they win over application.properties (defaults
		// would not)
		String[] springArgs = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = context(application, springArgs)) {
			List<CliCommand> commands = commands(context);
			CliCommand command = commands.stream()
				.filter(c -> parsed.words().size() >= c.words().size()
						&& parsed.words().subList(0, c.words().size()).equals(c.words()))
				.max(Comparator.comparingInt(c -> c.words().size()))
				.orElse(null);
			if (command == null || parsed.flag("help")) {
				if (command == null && !parsed.flag("help")) {
					err.println("caio: unknown command '" + String.join(" ", parsed.words()) + "'");
				}
				err.print(usage(commands));
				return parsed.flag("help") ? 0 : 2;
			}
			try {
				CliArgs operands = parsed.afterCommand(command.words().size());
				operands.allowOnly(command.options());
				return command.run(operands, out, err);
			}
			catch (CliArgs.UsageException ex) {
				err.println("caio: " + ex.getMessage());
				err.println("usage: java -jar target/caio.jar " + command.usage());
				return 2;
			}
			catch (Refusal | NotFoundException | java.io.UncheckedIOException ex) {
				// input refused (its message names the file and where), nothing stored
				// under
				// the id, the rules failed on this input, or a document could not be
				// written
				err.println(ex instanceof Refusal ? ex.getMessage() : "caio: " + ex.getMessage());
				return 1;
			}
			catch (Unavailable ex) {
				// no rules compiled (say why, with the errors), or the rules failed on
				// this
				// input (say which rule)
				err.println("caio: " + ex.getMessage());
				ex.details().forEach(err::println);
				return 1;
			}
		}
		catch (DataDirException ex) {
			err.println("caio: " + ex.getMessage());
			err.println(ex.action());
			return 1;
		}
	}

	/** A command against a server: signed in with a personal token, no local database. */
	private static int remote(String server, CliArgs parsed, PrintStream err, PrintStream out) {
		String token = parsed.option("token") != null ? parsed.option("token") : System.getenv("CAIO_TOKEN");
		if (token == null || token.isBlank()) {
			err.println(
					"caio: --server needs a personal API token: --token TOKEN or CAIO_TOKEN (make one on /profile)");
			return 2;
		}
		try {
			return new RemoteCommand(server, token.strip()).run(parsed, out, err);
		}
		catch (IllegalArgumentException ex) {
			err.println("caio: --server " + server + ": " + ex.getMessage());
			return 2;
		}
		catch (java.io.IOException ex) {
			err.println("caio: " + server + ": " + ex);
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	private static ConfigurableApplicationContext context(Class<?> application, String[] springArgs) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.profiles("cli")
			.run(springArgs);
	}

	private static List<CliCommand> commands(ConfigurableApplicationContext context) {
		List<CliCommand> commands = new java.util.ArrayList<>(context.getBeansOfType(CliCommand.class).values());
		context.getBeansOfType(CliCommands.class).values().forEach(c -> commands.addAll(c.commands()));
		commands.sort(Comparator.comparing(CliCommand::usage));
		return commands;
	}

	/**
	 * Where {@code --help} reads the usage from, written from the commands at build time.
	 */
	static final String USAGE = "cli/usage.txt";

	private static String storedUsage() {
		try (java.io.InputStream in = Cli.class.getClassLoader().getResourceAsStream(USAGE)) {
			return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

	/**
	 * The usage of the commands the application has, as {@code --help} prints it; built
	 * from the application's commands (the stored copy must equal it: CliUsageTests).
	 */
	static String liveUsage(Class<?> application) {
		try (ConfigurableApplicationContext context = context(application,
				new String[] { "--caio.rules.watch=false", "--caio.rules.compile=on-demand",
						"--caio.data.dir=" + System.getProperty("java.io.tmpdir") + "/caio-usage" })) {
			return usage(commands(context));
		}
	}

	private static String usage(List<CliCommand> commands) {
		StringBuilder usage = new StringBuilder();
		usage.append("usage: java -jar target/caio.jar [COMMAND ...]   (no command: start the server)\n");
		for (CliCommand command : commands) {
			usage.append("  ").append(command.usage()).append('\n');
		}
		usage.append("common options: --rules DIR (default ./rules), --data DIR (default ./data)\n");
		usage.append("against a server: --server URL --token TOKEN (or CAIO_SERVER, CAIO_TOKEN) [--engagement ID]")
			.append(" KIND FILE\n");
		return usage.toString();
	}

}
