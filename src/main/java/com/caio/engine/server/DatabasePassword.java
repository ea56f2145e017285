package com.caio.engine.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded database's password: never empty. Unless the operator gives one
 * ({@code CAIO_DB_PASSWORD}), a random one is made on first start and kept in
 * {@code db-password} (0600) in the data folder. A database made by an earlier version
 * with an empty password is given the new one the first time it is opened.
 */
public final class DatabasePassword {

	static final String FILE_NAME = "db-password";

	/** H2's error code for a wrong user name or password. */
	private static final int WRONG_PASSWORD = 28000;

	private static final Log log = LogFactory.getLog(DatabasePassword.class);

	private DatabasePassword() {
	}

	/**
	 * The password to use for the H2 file database at {@code url}; migrates a database
	 * that still has the empty password.
	 * @param configured the password the operator configured, empty if none
	 */
	public static String resolve(Path dataDir, String url, String user, String configured) {
		boolean exists = Files.exists(Path.of(H2Files.databasePath(url) + ".mv.db"));
		if (!configured.isEmpty()) {
			if (exists) {
				ensureOpens(url, user, configured, "CAIO_DB_PASSWORD");
			}
			return configured;
		}
		Path file = dataDir.resolve(FILE_NAME);
		if (Files.exists(file)) {
			return read(file);
		}
		// written aside first: if we stop between the ALTER and the rename, the next
		// start
		// finds the password it gave the database
		Path pending = dataDir.resolve(FILE_NAME + ".new");
		String password = Files.exists(pending) ? read(pending) : write(pending, random());
		if (exists) {
			ensureOpens(url, user, password, file.toString());
		}
		try {
			Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the database password in " + file, ex);
		}
		return password;
	}

	/** Opens the database with {@code password}, or with the empty one and sets it. */
	private static void ensureOpens(String url, String user, String password, String source) {
		try (Connection c = DriverManager.getConnection(url, user, password)) {
			return;
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() != WRONG_PASSWORD) {
				throw new IllegalStateException("cannot open the database " + url + ": " + ex.getMessage(), ex);
			}
		}
		try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
			s.execute("ALTER USER " + identifier(user) + " SET PASSWORD '" + password + "'");
			log.warn("the database " + url + " had an empty password; it now has the one in " + source);
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == WRONG_PASSWORD) {
				throw new DataDirException(
						"The database " + url + " does not open with user " + user + " and the password from " + source
								+ ", nor with an empty password.",
						"Set CAIO_DB_PASSWORD to the database's password (or spring.datasource.password), "
								+ "or write it into " + FILE_NAME + " in the data folder.");
			}
			throw new IllegalStateException("cannot set the password of " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static String identifier(String user) {
		if (!user.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("database user name '" + user + "' is not a plain identifier");
		}
		return user;
	}

	private static String random() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String read(Path file) {
		try {
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (password.isEmpty()) {
				throw new DataDirException("The database password file " + file + " is empty.",
						"Delete it only if the database has never been created; otherwise write the password into it.");
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the database password from " + file, ex);
		}
	}

	private static String write(Path file, String password) {
		try {
			Files.deleteIfExists(file);
			Files.createFile(file);
			DataDirectory.restrict(file);
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the database password to " + file, ex);
		}
	}

}
