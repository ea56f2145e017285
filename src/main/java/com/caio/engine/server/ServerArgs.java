package com.caio.engine.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server takes the same {@code --data DIR} and {@code --rules DIR} as every command
 * (also written {@code --data=DIR}); they become {@code caio.data.dir} and
 * {@code caio.rules.dir}. Other arguments (e.g. {@code --server.port=9090}) pass through
 * to Spring unchanged.
 */
public final class ServerArgs {

	private static final Map<String, String> OPTIONS = Map.of("data", "caio.data.dir", "rules", "caio.rules.dir");

	private ServerArgs() {
	}

	public static String[] translate(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
			String property = OPTIONS.get(name);
			if (property == null) {
				out.add(arg);
				continue;
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("option --" + name + " needs a folder");
			}
			out.add("--" + property + "=" + Path.of(value).toAbsolutePath().normalize());
		}
		return out.toArray(String[]::new);
	}

}
