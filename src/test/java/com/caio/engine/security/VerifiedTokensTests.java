package com.caio.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The short memory of verified tokens, and what makes it forget. */
class VerifiedTokensTests {

	private static final UserDetails ANA = User.withUsername("ana").password("").authorities("ROLE_ANALYST").build();

	@Test
	void aVerifiedTokenIsKeptForItsTimeThenReadAgain() throws Exception {
		VerifiedTokens verified = new VerifiedTokens(Duration.ofMillis(200));
		verified.put("h1", ANA, verified.generation());
		assertThat(verified.find("h1")).contains(ANA);
		assertThat(verified.find("h2")).isEmpty();
		Thread.sleep(250);
		assertThat(verified.find("h1")).isEmpty();
	}

	@Test
	void whatWasReadBeforeARevocationIsNotPutBack() {
		VerifiedTokens verified = new VerifiedTokens(Duration.ofMinutes(1));
		long before = verified.generation();
		// the database said yes, then a revocation happened, then the answer arrives
		verified.forgetAll();
		verified.put("h1", ANA, before);
		assertThat(verified.find("h1")).isEmpty();
	}

	@Test
	void aRevocationForgetsAgainWhenItsTransactionEndsSoAReadBetweenCannotStay() {
		VerifiedTokens verified = new VerifiedTokens(Duration.ofMinutes(1));
		TransactionSynchronizationManager.initSynchronization();
		try {
			verified.forgetAll();
			// a request reads the token before the revocation commits: still live
			verified.put("h1", ANA, verified.generation());
			assertThat(verified.find("h1")).isPresent();
			TransactionSynchronizationUtils
				.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(), 0);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(verified.find("h1")).as("forgotten once the revocation committed").isEmpty();
	}

	@Test
	void aZeroTimeKeepsNothing() {
		VerifiedTokens verified = new VerifiedTokens(Duration.ZERO);
		verified.put("h1", ANA, verified.generation());
		assertThat(verified.find("h1")).isEmpty();
	}

	@Test
	void theMemoryStartsAgainPastItsSize() {
		VerifiedTokens verified = new VerifiedTokens(Duration.ofMinutes(1));
		for (int n = 0; n <= VerifiedTokens.MAX_ENTRIES; n++) {
			verified.put("h" + n, ANA, verified.generation());
		}
		assertThat(verified.find("h0")).isEmpty();
		assertThat(verified.find("h" + VerifiedTokens.MAX_ENTRIES)).isPresent();
	}

}
