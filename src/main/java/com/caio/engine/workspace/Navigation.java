package com.caio.engine.workspace;

import java.util.List;

import com.caio.engine.run.Runs;
import com.caio.engine.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every workspace page's header needs: the capabilities to navigate to, found from
 * the capability beans, so a new capability appears in the menu for nothing, and who is
 * signed in. The profile and users pages (security) share the header.
 */
@ControllerAdvice(
		basePackages = { "com.caio.engine.workspace", "com.caio.engine.security", "com.caio.engine.ruleeditor" })
class Navigation {

	/** A menu entry. */
	record Entry(String kind, String label, String href) {
	}

	private final List<Entry> capabilities;

	private final Access access;

	Navigation(Runs runs, Access access) {
		this.access = access;
		this.capabilities = runs.capabilities()
			.stream()
			.map(c -> new Entry(c.kind(), Labels.capability(c.kind()), "/w/" + c.kind()))
			.toList();
	}

	@ModelAttribute("navCapabilities")
	List<Entry> capabilities() {
		return capabilities;
	}

	/** The signed-in user's name for the header, or null when nobody is signed in. */
	@ModelAttribute("currentUser")
	String currentUser(Authentication auth) {
		return access.account(auth).map(a -> a.displayName() == null ? a.username() : a.displayName()).orElse(null);
	}

	/** Whether the header offers the administration pages and the audit trail. */
	@ModelAttribute("isAdmin")
	boolean isAdmin(Authentication auth) {
		return auth != null && access.isAdmin(auth);
	}

}
