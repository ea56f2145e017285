package com.caio.engine.audit;

import java.util.List;
import java.util.Locale;

import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The history of the rule versions: every publication and every refused build goes to the
 * audit trail (actions {@code rules.published} and {@code rules.refused}, subject the
 * version), and so does the version found serving at start when it is not the last one
 * recorded. A rebuild of unchanged files is not a new version and is not recorded. Only a
 * server records the version at start: a command-line run publishes nothing, and its
 * audit trail stays the record of what the operator did.
 */
@Component
public class RuleHistory {

	static final String PUBLISHED = "rules.published";

	static final String REFUSED = "rules.refused";

	private final RuleRuntime runtime;

	private final AuditLog audit;

	RuleHistory(RuleRuntime runtime, AuditLog audit) {
		this.runtime = runtime;
		this.audit = audit;
		runtime.onReload(this::record);
	}

	/** The newest entries first: publications and refusals. */
	public List<AuditEvent> recent(int limit) {
		return audit.recent("rules.", limit);
	}

	@EventListener
	@Order(1)
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
			// a command-line run: not the server starting
			return;
		}
		// once the server is up and its rules loaded, before any later publication
		runtime.afterStart("the rule history", this::recordServingAtStart);
	}

	void recordServingAtStart() {
		String serving = runtime.status().servingVersion();
		if (serving == null) {
			return;
		}
		boolean known = audit.recent(PUBLISHED, 1).stream().anyMatch(e -> serving.equals(e.subjectId()));
		if (!known) {
			audit.record("system:start", PUBLISHED, "rules", serving,
					rules(runtime.catalogue().size()) + ", serving at start");
		}
	}

	private void record(RuleRuntime.Reload reload) {
		if (reload.unchanged() || reload.published() && "sync".equals(reload.cause())) {
			// a version taken over from another server on the same database: that server
			// recorded its publication in this (shared) trail
			return;
		}
		String before = reload.previousVersion() == null ? "nothing"
				: "version " + shortVersion(reload.previousVersion());
		if (reload.published()) {
			String why = reload.comment() == null || reload.comment().isBlank() ? "" : "; " + reload.comment();
			audit.record(reload.cause(), PUBLISHED, "rules", reload.version(),
					rules(reload.ruleCount()) + ", replacing " + before + why);
			return;
		}
		List<RuleMessage> errors = reload.messages()
			.stream()
			.filter(m -> m.severity() == RuleMessage.Severity.ERROR)
			.toList();
		boolean repeated = audit.recent("rules.", 1)
			.stream()
			.anyMatch(e -> e.action().equals(REFUSED) && reload.version().equals(e.subjectId()));
		if (repeated) {
			// the same broken files built again: already on record
			return;
		}
		String first = errors.isEmpty() ? "" : "; first: " + errors.get(0);
		audit.record(reload.cause(), REFUSED, "rules", reload.version(),
				count(errors.size(), "error") + first + "; " + before + " keeps serving");
	}

	private static String rules(int n) {
		return count(n, "rule");
	}

	private static String count(int n, String noun) {
		return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
	}

	private static String shortVersion(String version) {
		return version.length() > 12 ? version.substring(0, 12) : version;
	}

}
