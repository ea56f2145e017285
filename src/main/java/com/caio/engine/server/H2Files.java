package com.caio.engine.server;

import java.util.Locale;

/** Which datasource URLs name an embedded H2 file database, and where its file is. */
final class H2Files {

	private H2Files() {
	}

	/**
	 * True for {@code jdbc:h2:file:...} and {@code jdbc:h2:./path}, not for memory or
	 * TCP.
	 */
	static boolean isEmbeddedFile(String url) {
		if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
			return false;
		}
		String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
		return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
				|| rest.startsWith("zip:"));
	}

	/** The database path without the {@code .mv.db} suffix. */
	static String databasePath(String url) {
		String rest = url.substring("jdbc:h2:".length());
		if (rest.regionMatches(true, 0, "file:", 0, 5)) {
			rest = rest.substring(5);
		}
		int semicolon = rest.indexOf(';');
		return semicolon < 0 ? rest : rest.substring(0, semicolon);
	}

	/** Whether the URL asks H2 to open a TCP server for other processes. */
	static boolean opensServer(String url) {
		String upper = url.toUpperCase(Locale.ROOT);
		return upper.contains(";AUTO_SERVER=TRUE") || upper.contains(";AUTO_SERVER=1");
	}

}
