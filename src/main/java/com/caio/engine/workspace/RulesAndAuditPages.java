package com.caio.engine.workspace;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.audit.RuleHistory;
import com.caio.engine.rules.RuleCatalogue;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two read-only pages: the rules serving now (rule bases, their files, the catalogue of
 * rules and the version with its last build), and the audit trail, newest first, paged.
 */
@Controller
class RulesAndAuditPages {

	static final int PAGE = 50;

	/** How many versions the rules page lists; the audit page has them all. */
	static final int HISTORY = 20;

	private final RuleRuntime rules;

	private final AuditLog audit;

	private final Access access;

	private final RuleHistory history;

	RulesAndAuditPages(RuleRuntime rules, AuditLog audit, Access access, RuleHistory history) {
		this.access = access;
		this.history = history;
		this.rules = rules;
		this.audit = audit;
	}

	@GetMapping("/w/rules")
	String rules(Model model) {
		RuleRuntime.Status status = rules.status();
		Map<String, List<RuleFile>> files = status.files()
			.stream()
			.collect(Collectors.groupingBy(RuleFile::folder, TreeMap::new, Collectors.toList()));
		Map<String, List<RuleCatalogue.Entry>> catalogue = rules.catalogue()
			.stream()
			.collect(Collectors.groupingBy(RuleCatalogue.Entry::folder, TreeMap::new, Collectors.toList()));
		model.addAttribute("status", status);
		model.addAttribute("files", files);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("ruleCount", rules.catalogue().size());
		model.addAttribute("history", history.recent(HISTORY));
		return "workspace/rules";
	}

	/** {@code page} counts from 1; each page holds {@value #PAGE} events. */
	@GetMapping("/w/audit")
	String audit(@RequestParam(defaultValue = "1") int page, Authentication auth, Model model) {
		// the trail spans every engagement: administrators only
		access.requireRole(auth);
		int current = Math.max(1, page);
		// one more than a page tells whether there is a next one
		List<AuditEvent> events = audit.recent(current * PAGE + 1);
		List<AuditEvent> shown = events.subList(Math.min(events.size(), (current - 1) * PAGE),
				Math.min(events.size(), current * PAGE));
		model.addAttribute("events", shown);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", events.size() > current * PAGE);
		return "workspace/audit";
	}

}
