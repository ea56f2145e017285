package com.caio.engine.security;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for people: the caller's account and tokens ({@code /api/me}), users (admin) and
 * the members of an engagement (admin adds; members read).
 */
@RestController
class AccountController {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Access access;

	AccountController(Accounts accounts, ApiTokens tokens, Access access) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.access = access;
	}

	record NewUser(String username, String displayName, String password, List<String> roles) {
	}

	record NewToken(String name) {
	}

	record NewMember(String username, String role) {
	}

	@GetMapping("/api/me")
	Map<String, Object> me(Authentication auth) {
		Account account = me(access, auth);
		return Map.of("username", account.username(), "displayName", account.displayName(), "roles", account.roles(),
				"engagements", access.engagementsOf(auth));
	}

	@GetMapping("/api/me/tokens")
	List<ApiTokens.Token> tokens(Authentication auth) {
		return tokens.of(me(access, auth));
	}

	/** The token is in this answer only; it is stored as its hash. */
	@PostMapping("/api/me/tokens")
	ResponseEntity<Map<String, Object>> createToken(Authentication auth, @RequestBody(required = false) NewToken body) {
		ApiTokens.Created created = tokens.create(me(access, auth), body == null ? null : body.name());
		return ResponseEntity.created(URI.create("/api/me/tokens/" + created.token().id()))
			.body(Map.of("id", created.token().id(), "name", created.token().name(), "token", created.secret()));
	}

	@DeleteMapping("/api/me/tokens/{id}")
	ResponseEntity<Void> revokeToken(Authentication auth, @PathVariable long id) {
		tokens.revoke(me(access, auth), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/users")
	List<Account> users() {
		return accounts.all();
	}

	@PostMapping("/api/users")
	ResponseEntity<Account> createUser(Authentication auth, @RequestBody NewUser body) {
		Account account = accounts.create(body.username(), body.displayName(), body.password(), roles(body.roles()),
				Access.actor(auth));
		return ResponseEntity.created(URI.create("/api/users/" + account.username())).body(account);
	}

	@GetMapping("/api/engagements/{id}/members")
	List<Access.Member> members(Authentication auth, @PathVariable long id) {
		access.requireMember(auth, id);
		return access.members(id);
	}

	@PostMapping("/api/engagements/{id}/members")
	ResponseEntity<Access.Member> addMember(Authentication auth, @PathVariable long id, @RequestBody NewMember body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(access.addMember(auth, id, body.username(), body.role()));
	}

	static Set<Role> roles(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new BadInputException("roles", "a user needs at least one role");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (int i = 0; i < names.size(); i++) {
			roles.add(Role.parse("roles[" + i + "]", names.get(i)));
		}
		return roles;
	}

	static Account me(Access access, Authentication auth) {
		return access.account(auth).orElseThrow(() -> new IllegalStateException("signed in without an account"));
	}

}
