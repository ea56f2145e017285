package com.caio.engine.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.common.BadInputException;
import com.caio.engine.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits shown once, kept as their SHA-256. A token that
 * random cannot be guessed or found by trying hashes, so a fast unsalted hash is enough
 * (a slow one such as BCrypt protects guessable passwords) and a token is found by its
 * hash with one indexed lookup.
 */
@Service
public class ApiTokens {

	/** Tokens start with this, so a leaked one is recognisable (secret scanners). */
	static final String PREFIX = "caio_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final VerifiedTokens verified;

	ApiTokens(JdbcClient jdbc, AuditLog audit, VerifiedTokens verified) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.verified = verified;
	}

	/** A token as listed: never the token itself. */
	public record Token(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	/** A new token: {@code secret} is shown once and not kept. */
	public record Created(Token token, String secret) {
	}

	@Transactional
	public Created create(Account account, String name) {
		String label = name == null || name.isBlank() ? "token" : name.strip();
		if (label.length() > 100) {
			throw new BadInputException("name", "a token name has at most 100 characters");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, created_at)
				VALUES (:user, :name, :hash, :at)""")
			.param("user", account.id())
			.param("name", label)
			.param("hash", sha256(secret))
			.param("at", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record("user:" + account.username(), "token.created", "token", String.valueOf(id), label);
		return new Created(new Token(id, label, now, null, null), secret);
	}

	/** The user's tokens, newest first, revoked ones included. */
	public List<Token> of(Account account) {
		return jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY id DESC")
			.param("user", account.id())
			.query((rs, row) -> new Token(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Revokes one of the user's own tokens; another user's token is "no such token". */
	@Transactional
	public void revoke(Account account, long id) {
		int changed = jdbc.sql("""
				UPDATE api_token SET revoked_at = :at
				WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
			.param("at", Timestamp.from(Instant.now()))
			.param("id", id)
			.param("user", account.id())
			.update();
		if (changed == 0) {
			throw new NotFoundException("no active token " + id);
		}
		verified.forgetAll();
		audit.record("user:" + account.username(), "token.revoked", "token", String.valueOf(id), null);
	}

	/** The user id a live token belongs to; empty for unknown or revoked tokens. */
	public Optional<Long> userOf(String secret) {
		if (!wellFormed(secret)) {
			return Optional.empty();
		}
		String hash = sha256(secret);
		Optional<Long> user = jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash)
			.query(Long.class)
			.optional();
		// a script calls many times a minute: the row is written at most once a minute
		Instant now = Instant.now();
		user.ifPresent(u -> jdbc.sql("""
				UPDATE api_token SET last_used_at = :at
				WHERE token_hash = :hash AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
			.param("at", Timestamp.from(now))
			.param("hash", hash)
			.param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
			.update());
		return user;
	}

	/** Whether {@code secret} looks like a token at all (a longer one is not hashed). */
	static boolean wellFormed(String secret) {
		return secret != null && secret.startsWith(PREFIX) && secret.length() <= 100;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
