package com.caio.engine;

import com.caio.engine.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one executable: with no command it starts the web server; with a command (e.g.
 * {@code maturity score FILE}) it runs that command and exits with its code.
 */
@SpringBootApplication
public class CaioApplication {

	public static void main(String[] args) {
		if (args.length == 0 || (args[0].startsWith("--") && !args[0].equals("--help"))) {
			SpringApplication.run(CaioApplication.class, args);
			return;
		}
		System.exit(Cli.run(CaioApplication.class, args, System.out, System.err));
	}

}
