package com.caio.engine;

import java.util.EnumSet;
import java.util.List;

import com.caio.engine.security.Access;
import com.caio.engine.security.Account;
import com.caio.engine.security.Accounts;
import com.caio.engine.security.ApiTokens;
import com.caio.engine.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * Real users for tests: made through the same services an administrator uses, with a real
 * role, signed in with a real personal token (or the form, with {@link #password}).
 * Security stays on in every test.
 */
public final class TestUsers {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Access access;

	private TestUsers(Accounts accounts, ApiTokens tokens, Access access) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.access = access;
	}

	/** The users of a running test context. */
	public static TestUsers in(ApplicationContext context) {
		return new TestUsers(context.getBean(Accounts.class), context.getBean(ApiTokens.class),
				context.getBean(Access.class));
	}

	/** The password every test user gets, 12 characters or more as required. */
	public static String password(String username) {
		return "pw-" + username + "-0123456789";
	}

	/**
	 * The user, made with these roles if it does not exist yet (an existing one is kept
	 * as is).
	 */
	public Account user(String username, Role... roles) {
		return accounts.find(username)
			.orElseGet(() -> accounts.create(username, username, password(username),
					roles.length == 0 ? EnumSet.of(Role.VIEWER) : EnumSet.copyOf(List.of(roles)), "test:setup"));
	}

	/** A new personal API token of the user (made first if missing). */
	public String token(String username, Role... roles) {
		return tokens.create(user(username, roles), "test").secret();
	}

	/** Makes the user a member of the engagement, as an administrator would. */
	public void member(String username, long engagementId) {
		access.addMember("test:setup", engagementId, username, null);
	}

	/**
	 * A client builder for the server on {@code port} that sends the token on every
	 * request.
	 */
	public static RestClient.Builder builder(int port, String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + token);
	}

	/**
	 * A client of the server on {@code port} that sends the token on every request;
	 * errors are answers, not exceptions.
	 */
	public static RestClient client(int port, String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + token)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	/** For MockMvc: the request carries the token. */
	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

}
