package com.caio.engine.workspace;

import java.security.Principal;
import java.util.List;

import com.caio.engine.run.Runs;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every workspace page's header needs: the capabilities to navigate to, found from
 * the capability beans, so a new capability appears in the menu for nothing, and who is
 * signed in.
 */
@ControllerAdvice(basePackageClasses = Navigation.class)
class Navigation {

	/** A menu entry. */
	record Entry(String kind, String label, String href) {
	}

	private final List<Entry> capabilities;

	Navigation(Runs runs) {
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
	String currentUser(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		return principal == null ? null : principal.getName();
	}

}
