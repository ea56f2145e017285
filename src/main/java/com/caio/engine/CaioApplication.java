package com.caio.engine;

import com.caio.engine.cli.Cli;
import com.caio.engine.cli.CliArgs;
import com.caio.engine.server.DataDirException;
import com.caio.engine.server.ServerArgs;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one executable: with no command it starts the web server; with a command (e.g.
 * {@code maturity score FILE}) it runs that command and exits with its code.
 */
@SpringBootApplication
public class CaioApplication {

	public static void main(String[] args) {
		if (!isCommand(args)) {
			try {
				SpringApplication.run(CaioApplication.class, ServerArgs.translate(args));
			}
			catch (DataDirException ex) {
				// already reported by DataDirFailureAnalyzer: what is wrong and what to
				// do
				System.exit(1);
			}
			catch (IllegalArgumentException ex) {
				System.err.println("caio: " + ex.getMessage());
				System.exit(2);
			}
			return;
		}
		System.exit(Cli.run(CaioApplication.class, args, System.out, System.err));
	}

	/**
	 * A command has a word that is not an option or an option's value, e.g.
	 * {@code --data d maturity score f.csv}; {@code --data d} alone starts the server. A
	 * command with a mistake in its options is still a command.
	 */
	static boolean isCommand(String[] args) {
		try {
			CliArgs parsed = CliArgs.parse(args);
			return !parsed.words().isEmpty() || parsed.flag("help");
		}
		catch (CliArgs.UsageException ex) {
			// an option without its value (always the last argument): a command if the
			// words before it name one, so that the command reports the mistake, rather
			// than a server starting in its place
			return args.length > 1 && isCommand(java.util.Arrays.copyOf(args, args.length - 1));
		}
	}

}
