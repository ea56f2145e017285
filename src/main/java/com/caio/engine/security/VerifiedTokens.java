package com.caio.engine.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The principals of bearer tokens verified within {@code caio.security.token-cache}
 * (default 5 s), by the token's SHA-256, so that a script's calls do not each read the
 * token, its user and the user's roles. Only a token that verified is kept. A change that
 * can make a token worth less (a revocation, a user disabled) forgets every entry, once
 * when it is made and again when its transaction ends; a request that read the database
 * before the change cannot put back what it read, so a revoked token is refused from the
 * moment the revocation is answered.
 */
@Component
class VerifiedTokens {

	/**
	 * More live tokens than this and the cache starts again (tokens are random: no
	 * locality).
	 */
	static final int MAX_ENTRIES = 10_000;

	private final long ttlNanos;

	private final AtomicLong generation = new AtomicLong();

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private record Entry(UserDetails principal, long verifiedAt, long generation) {
	}

	VerifiedTokens(@Value("${caio.security.token-cache:PT5S}") Duration ttl) {
		if (ttl.isNegative()) {
			throw new IllegalArgumentException("caio.security.token-cache must not be negative, not " + ttl);
		}
		this.ttlNanos = ttl.toNanos();
	}

	/** Read before the database is asked, and given back to {@link #put}. */
	long generation() {
		return generation.get();
	}

	/** The principal of a token verified recently, by the token's SHA-256. */
	Optional<UserDetails> find(String tokenHash) {
		Entry entry = entries.get(tokenHash);
		if (entry == null) {
			return Optional.empty();
		}
		if (entry.generation() != generation.get() || System.nanoTime() - entry.verifiedAt() > ttlNanos) {
			entries.remove(tokenHash, entry);
			return Optional.empty();
		}
		return Optional.of(entry.principal());
	}

	/**
	 * Keeps a principal the database gave for a token, unless something was forgotten
	 * since {@code generationBefore} was read.
	 */
	void put(String tokenHash, UserDetails principal, long generationBefore) {
		if (ttlNanos == 0 || generationBefore != generation.get()) {
			return;
		}
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		// a forget between the check and here leaves an entry of an old generation,
		// which find refuses
		entries.put(tokenHash, new Entry(principal, System.nanoTime(), generationBefore));
	}

	/** Forgets every token now, and again when the current transaction (if any) ends. */
	void forgetAll() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
	}

	private void forget() {
		generation.incrementAndGet();
		entries.clear();
	}

}
