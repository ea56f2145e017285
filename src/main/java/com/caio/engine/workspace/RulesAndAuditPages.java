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
import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import com.caio.engine.ruleversions.RuleVersions;
import com.caio.engine.security.Access;
import com.caio.engine.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two pages: the rules serving now (rule bases, their files, the catalogue of rules and
 * the version with its last build; the kept versions, the diff of two and, for rule
 * editors, a roll back with a comment), and the audit trail, newest first, paged.
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

	private final RuleVersions versions;

	RulesAndAuditPages(RuleRuntime rules, AuditLog audit, Access access, RuleHistory history, RuleVersions versions) {
		this.versions = versions;
		this.access = access;
		this.history = history;
		this.rules = rules;
		this.audit = audit;
	}

	/**
	 * With {@code from} and {@code to} (version ids or prefixes of 8+ hex digits) the
	 * page also shows what changed between them.
	 */
	@GetMapping("/w/rules")
	String rules(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Authentication auth, Model model) {
		var listed = versions.list(HISTORY);
		model.addAttribute("versions", listed);
		// one roll-back form a version, however often it was published again
		Map<String, com.caio.engine.ruleversions.RuleVersion> targets = new java.util.LinkedHashMap<>();
		listed.forEach(v -> targets.putIfAbsent(v.version(), v));
		model.addAttribute("rollbackTargets", targets.values());
		model.addAttribute("canEdit", access.hasRole(auth, Role.RULE_EDITOR));
		if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
			try {
				model.addAttribute("diff", versions.diff(from, to));
			}
			catch (Refusal | NotFoundException ex) {
				model.addAttribute("versionError", ex.getMessage());
			}
		}
		return rulesPage(model);
	}

	/**
	 * A roll back: the old version's files published again, with the editor's comment.
	 */
	@PostMapping("/w/rules/versions/{version}/rollback")
	String rollback(@PathVariable String version, @RequestParam(required = false) String comment, Authentication auth,
			Model model, RedirectAttributes redirect) {
		access.requireRole(auth, Role.RULE_EDITOR);
		try {
			var done = versions.rollback(version, Access.actor(auth), comment);
			redirect.addFlashAttribute("notice", "Rolled back: version " + done.shortVersion() + " serves again.");
			return "redirect:/w/rules#versions-title";
		}
		catch (Refusal | NotFoundException ex) {
			model.addAttribute("versionError", ex.getMessage());
		}
		catch (RuleVersions.RollbackRefusedException ex) {
			model.addAttribute("versionError", ex.getMessage());
			model.addAttribute("versionMessages", ex.messages());
		}
		return rules(null, null, auth, model);
	}

	private String rulesPage(Model model) {
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
