package com.caio.engine.csv;

import java.io.InputStream;
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

	public static DigestInputStream sha256(InputStream in) {
		try {
			return new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String hex(DigestInputStream in) {
		return HexFormat.of().formatHex(in.getMessageDigest().digest());
	}

}
