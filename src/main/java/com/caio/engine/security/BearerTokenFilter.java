package com.caio.engine.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <token>} for that request
 * only (no session is made). An unknown or revoked token, or one of a disabled user, is
 * answered 401 at once: the request does not fall back to a session or go on anonymous. A
 * token verified within the last seconds is not read again ({@link VerifiedTokens}).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final VerifiedTokens verified;

	BearerTokenFilter(ApiTokens tokens, Accounts accounts, VerifiedTokens verified) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.verified = verified;
	}

	/** Whether the request presents a bearer token (and so needs no CSRF token). */
	static boolean presentsToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!presentsToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		UserDetails user = principal(request.getHeader("Authorization").substring(7).strip());
		if (user == null) {
			Problems.write(response, 401, "Unauthorized", "the bearer token is unknown or revoked");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The token's user, from a recent verification or from the database; null if none.
	 */
	private UserDetails principal(String secret) {
		if (!ApiTokens.wellFormed(secret)) {
			return null;
		}
		String hash = ApiTokens.sha256(secret);
		UserDetails cached = verified.find(hash).orElse(null);
		if (cached != null) {
			return cached;
		}
		long generation = verified.generation();
		UserDetails user = tokens.userOf(secret)
			.flatMap(accounts::find)
			.filter(Account::enabled)
			.map(Accounts::principal)
			.orElse(null);
		if (user != null) {
			verified.put(hash, user, generation);
		}
		return user;
	}

}
