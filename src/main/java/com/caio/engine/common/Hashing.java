package com.caio.engine.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a stream computed while it is read, so an upload is hashed in the same pass.
 */
public final class Hashing {

	private Hashing() {
	}

	/** A new SHA-256 digest (every JVM has one). */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static DigestInputStream sha256(InputStream in) {
		return new DigestInputStream(in, sha256());
	}

	/** The SHA-256 of a whole file, read as a stream. */
	public static String sha256(Path file) {
		try (DigestInputStream in = sha256(Files.newInputStream(file))) {
			in.transferTo(OutputStream.nullOutputStream());
			return hex(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String hex(DigestInputStream in) {
		return hex(in.getMessageDigest());
	}

	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}
