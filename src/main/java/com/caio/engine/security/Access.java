package com.caio.engine.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.common.BadInputException;
import com.caio.engine.common.NotFoundException;
import com.caio.engine.storage.RunScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which engagement: its members, and administrators (who see every one). An
 * engagement the caller may not see is answered as if it did not exist (404 with the same
 * message as a missing one), so ids do not tell what exists. The pages and the REST API
 * both ask here; see SECURITY-API.md.
 */
@Service
public class Access {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditLog audit;

	public Access(JdbcClient jdbc, Accounts accounts, AuditLog audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** A member as listed on an engagement. */
	public record Member(String username, String displayName, String role, Instant addedAt) {
	}

	/** The engagements the caller may see, by id (every one for an administrator). */
	public List<Long> engagementsOf(Authentication auth) {
		if (!signedIn(auth)) {
			return List.of();
		}
		if (isAdmin(auth)) {
			return jdbc.sql("SELECT id FROM engagement ORDER BY id").query(Long.class).list();
		}
		return jdbc.sql("""
				SELECT m.engagement_id FROM engagement_member m JOIN app_user u ON u.id = m.user_id
				WHERE u.username = :name ORDER BY m.engagement_id""")
			.param("name", auth.getName())
			.query(Long.class)
			.list();
	}

	/** Whether the engagement exists and the caller is a member of it (or an admin). */
	public boolean canSee(Authentication auth, long engagementId) {
		if (!signedIn(auth)) {
			return false;
		}
		if (isAdmin(auth)) {
			return exists(engagementId);
		}
		return jdbc.sql("""
				SELECT COUNT(*) FROM engagement_member m JOIN app_user u ON u.id = m.user_id
				WHERE u.username = :name AND m.engagement_id = :id""")
			.param("name", auth.getName())
			.param("id", engagementId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Refuses with 404 ("no engagement N", as for a missing one) unless the caller may
	 * see the engagement.
	 */
	public void requireMember(Authentication auth, long engagementId) {
		if (!canSee(auth, engagementId)) {
			throw new NotFoundException("no engagement " + engagementId);
		}
	}

	/**
	 * Refuses with 403 unless the caller has one of the roles (an admin always passes).
	 * For pages whose path the request rules do not already restrict.
	 */
	public void requireRole(Authentication auth, Role... roles) {
		if (!hasRole(auth, roles)) {
			throw new AccessDeniedException("needs one of the roles " + Arrays.toString(roles));
		}
	}

	public boolean hasRole(Authentication auth, Role... roles) {
		if (!signedIn(auth)) {
			return false;
		}
		if (isAdmin(auth)) {
			return true;
		}
		return Arrays.stream(roles)
			.anyMatch(r -> auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(r.authority())));
	}

	public boolean isAdmin(Authentication auth) {
		return signedIn(auth)
				&& auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
	}

	/** The audit trail's name for the caller: {@code user:<username>}. */
	public static String actor(Authentication auth) {
		return signedIn(auth) ? "user:" + auth.getName() : "anonymous";
	}

	/** The runs the caller may see: their engagements' runs and the runs they made. */
	public RunScope runs(Authentication auth) {
		if (isAdmin(auth)) {
			return RunScope.everyRun();
		}
		return new RunScope(false, actor(auth), engagementsOf(auth));
	}

	/**
	 * Who makes a run now: the caller, in {@code engagement} when one is given (refused
	 * as {@link #requireMember} unless the caller is a member), else on their own.
	 */
	public RunScope.Owner owner(Authentication auth, Long engagement) {
		if (engagement != null) {
			requireMember(auth, engagement);
		}
		return new RunScope.Owner(engagement, actor(auth));
	}

	/** Adds a user to an engagement (or changes their label in it); admin only. */
	@Transactional
	public Member addMember(Authentication by, long engagementId, String username, String role) {
		return addMember(actor(by), engagementId, username, role);
	}

	/**
	 * Adds a user to an engagement as {@code actor} (e.g. {@code user:admin}); the caller
	 * has checked that the actor may.
	 */
	@Transactional
	public Member addMember(String actor, long engagementId, String username, String role) {
		if (!exists(engagementId)) {
			throw new NotFoundException("no engagement " + engagementId);
		}
		Account account = accounts.find(username)
			.orElseThrow(() -> new BadInputException("username", "no user '" + username + "'"));
		String label = role == null || role.isBlank() ? null : role.strip();
		if (label != null && label.length() > 40) {
			throw new BadInputException("role", "a role in an engagement has at most 40 characters");
		}
		Instant now = Instant.now();
		jdbc.sql("DELETE FROM engagement_member WHERE engagement_id = :e AND user_id = :u")
			.param("e", engagementId)
			.param("u", account.id())
			.update();
		jdbc.sql("""
				INSERT INTO engagement_member (engagement_id, user_id, role, added_at, added_by)
				VALUES (:e, :u, :role, :at, :by)""")
			.param("e", engagementId)
			.param("u", account.id())
			.param("role", label)
			.param("at", Timestamp.from(now))
			.param("by", actor)
			.update();
		audit.record(actor, "member.added", "engagement", String.valueOf(engagementId),
				account.username() + (label == null ? "" : " as " + label));
		return new Member(account.username(), account.displayName(), label, now);
	}

	/** The engagement's members, by username. */
	public List<Member> members(long engagementId) {
		return jdbc.sql("""
				SELECT u.username, u.display_name, m.role, m.added_at
				FROM engagement_member m JOIN app_user u ON u.id = m.user_id
				WHERE m.engagement_id = :e ORDER BY u.username""")
			.param("e", engagementId)
			.query((rs, row) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** The signed-in user's account. */
	public Optional<Account> account(Authentication auth) {
		return signedIn(auth) ? accounts.find(auth.getName()) : Optional.empty();
	}

	private boolean exists(long engagementId) {
		return jdbc.sql("SELECT COUNT(*) FROM engagement WHERE id = :id")
			.param("id", engagementId)
			.query(Long.class)
			.single() > 0;
	}

	private static boolean signedIn(Authentication auth) {
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

}
