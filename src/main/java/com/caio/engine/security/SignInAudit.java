package com.caio.engine.security;

import com.caio.engine.audit.AuditLog;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Writes sign-ins, failed sign-ins and sign-outs to the audit trail. A failure names the
 * username tried and the address, never the password.
 */
final class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	AuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, auth) -> {
			audit.record(Access.actor(auth), "signin.succeeded", "user", auth.getName(),
					"from " + request.getRemoteAddr());
			then.onAuthenticationSuccess(request, response, auth);
		};
	}

	AuthenticationFailureHandler failure() {
		SimpleUrlAuthenticationFailureHandler then = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, ex) -> {
			String tried = Accounts.normalise(request.getParameter("username"));
			audit.record("http:" + request.getRemoteAddr(), "signin.failed", "user",
					tried.length() > 64 ? tried.substring(0, 64) : tried, ex.getClass().getSimpleName());
			then.onAuthenticationFailure(request, response, ex);
		};
	}

	LogoutHandler signOut() {
		return (request, response, auth) -> {
			if (auth != null) {
				audit.record(Access.actor(auth), "signout", "user", auth.getName(), null);
			}
		};
	}

}
