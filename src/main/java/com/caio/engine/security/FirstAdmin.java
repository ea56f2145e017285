package com.caio.engine.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * At the server's first start (no user yet) creates the administrator: password from
 * {@code CAIO_ADMIN_PASSWORD}, or else a random one printed once to the log. There is no
 * fixed default password. Local commands (profile {@code cli}) need no sign-in and make
 * no user.
 */
@Component
@Profile("!cli")
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	FirstAdmin(Accounts accounts, @Value("${caio.admin.user:admin}") String username,
			@Value("${caio.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.none()) {
			return;
		}
		boolean generated = password == null || password.isBlank();
		String secret = generated ? generate() : password;
		accounts.create(username, "Administrator", secret, Set.of(Role.ADMIN), "system:first-start");
		if (generated) {
			log.warn("""

					First start: created the administrator '{}' with the password
					    {}
					It is shown only this once. Sign in at /login and keep it safe, or set CAIO_ADMIN_PASSWORD
					before the first start to choose it.""", username, secret);
		}
		else {
			log.info("First start: created the administrator '{}' with the password from CAIO_ADMIN_PASSWORD",
					username);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
