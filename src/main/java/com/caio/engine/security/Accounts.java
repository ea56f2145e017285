package com.caio.engine.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.common.BadInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users ({@code app_user}, {@code app_user_role}): created by an administrator (or
 * the first one at first start), found by username for the form sign-in.
 */
@Service
public class Accounts implements UserDetailsService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

	/**
	 * Shorter passwords are refused; long pass phrases are welcome (BCrypt reads 72
	 * bytes).
	 */
	static final int MIN_PASSWORD = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final VerifiedTokens verified;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, VerifiedTokens verified) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.verified = verified;
	}

	/** A new user; refused naming the field when the username is taken or malformed. */
	@Transactional
	public Account create(String username, String displayName, String password, Set<Role> roles, String actor) {
		String name = normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new BadInputException("username", "'" + username
					+ "' is not a username; expected 1 to 64 of a-z, 0-9, '.', '_', '@', '-', starting with a letter or digit");
		}
		if (find(name).isPresent()) {
			throw new BadInputException("username", "'" + name + "' is taken");
		}
		if (password == null || password.length() < MIN_PASSWORD || password.getBytes().length > 72) {
			throw new BadInputException("password",
					"a password needs " + MIN_PASSWORD + " to 72 bytes (BCrypt reads no further)");
		}
		if (roles == null || roles.isEmpty()) {
			throw new BadInputException("roles", "a user needs at least one role");
		}
		String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO app_user (username, display_name, password_hash, enabled, created_at)
				VALUES (:username, :display, :hash, TRUE, :at)""")
			.param("username", name)
			.param("display", display.length() > 200 ? display.substring(0, 200) : display)
			.param("hash", passwords.encode(password))
			.param("at", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		audit.record(actor, "user.created", "user", name, "roles " + roles);
		return new Account(id, name, display, Set.copyOf(roles), true, now);
	}

	public Optional<Account> find(String username) {
		return jdbc.sql("SELECT * FROM app_user WHERE username = :name")
			.param("name", normalise(username))
			.query(Accounts::account)
			.optional()
			.map(this::withRoles);
	}

	public Optional<Account> find(long id) {
		return jdbc.sql("SELECT * FROM app_user WHERE id = :id")
			.param("id", id)
			.query(Accounts::account)
			.optional()
			.map(this::withRoles);
	}

	/** Every user, by username. */
	public List<Account> all() {
		return jdbc.sql("SELECT * FROM app_user ORDER BY username")
			.query(Accounts::account)
			.list()
			.stream()
			.map(this::withRoles)
			.toList();
	}

	public boolean none() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() == 0;
	}

	@Transactional
	public void setEnabled(String username, boolean enabled, String actor) {
		Account account = find(username).orElseThrow(() -> new BadInputException("username", "no user " + username));
		jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
			.param("enabled", enabled)
			.param("id", account.id())
			.update();
		// a disabled user's tokens stop at once; an enabled one's start on their next
		// call
		verified.forgetAll();
		audit.record(actor, enabled ? "user.enabled" : "user.disabled", "user", account.username(), null);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = normalise(username);
		return jdbc.sql("SELECT id, username, password_hash, enabled FROM app_user WHERE username = :name")
			.param("name", name)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.disabled(!rs.getBoolean("enabled"))
				.authorities(
						roles(rs.getLong("id")).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no user " + name));
	}

	/**
	 * The signed-in principal of an account found already (a token's user): its roles as
	 * authorities, no password.
	 */
	static UserDetails principal(Account account) {
		return User.withUsername(account.username())
			.password("")
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
			.build();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), Set.of(),
				rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
	}

	private Account withRoles(Account account) {
		return new Account(account.id(), account.username(), account.displayName(), roles(account.id()),
				account.enabled(), account.createdAt());
	}

	private Set<Role> roles(long userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM app_user_role WHERE user_id = :id")
			.param("id", userId)
			.query(String.class)
			.list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		return roles;
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
