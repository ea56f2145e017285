package com.caio.engine.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.common.Refusal;
import com.caio.engine.engagement.EngagementService;
import com.caio.engine.engagement.model.EngagementRecord;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.StoryStatus;
import com.caio.engine.security.Access;
import com.caio.engine.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagements: their list, and each one's dashboard (the stories in scope with every
 * criterion's state and evidence, the artefacts, the timeline) with forms to record a
 * sign-off, decision, meeting, deliverable or access grant. A record goes through the
 * engagement's own checks; a refusal is shown next to the field it names.
 */
@Controller
class EngagementPages {

	private final EngagementService engagements;

	private final AuditLog audit;

	private final Access access;

	EngagementPages(EngagementService engagements, AuditLog audit, Access access) {
		this.engagements = engagements;
		this.audit = audit;
		this.access = access;
	}

	@GetMapping("/w/engagements")
	String list(Authentication auth, Model model) {
		model.addAttribute("engagements", newestFirst(engagements.list(access.engagementsOf(auth))));
		return "workspace/engagements";
	}

	@GetMapping("/w/engagements/{id}")
	String dashboard(@PathVariable long id, @RequestParam(required = false) String asOf, Authentication auth,
			Model model, HttpServletRequest request) {
		access.requireMember(auth, id);
		model.addAttribute("canRecord", access.hasRole(auth, Role.ANALYST, Role.EXECUTIVE));
		LocalDate day = null;
		try {
			day = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("asOfError", "'" + asOf + "' is not a date; use the date picker or YYYY-MM-DD");
		}
		EngagementRecords records = engagements.records(id);
		Locale locale = records.engagement().writtenIn();
		PageLocale.use(request, locale);
		var status = engagements.status(id, day);
		List<StoryStatus> stories = status.stories().stream().filter(StoryStatus::inScope).toList();
		model.addAttribute("id", id);
		model.addAttribute("status", status);
		model.addAttribute("stories", stories);
		model.addAttribute("done", stories.stream().filter(StoryStatus::done).count());
		model.addAttribute("records", records);
		model.addAttribute("timeline", EventLines.of(records, locale));
		options(records, model);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", "");
			model.addAttribute("errors", Map.of());
			model.addAttribute("values", Map.of());
		}
		return "workspace/engagement";
	}

	/**
	 * Records one event from a form; on a refusal the form comes back with the message.
	 */
	@PostMapping("/w/engagements/{id}/{kind:sign-off|decision|meeting|deliverable|access}")
	String record(@PathVariable long id, @PathVariable String kind, @RequestParam MultiValueMap<String, String> form,
			Authentication auth, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		access.requireMember(auth, id);
		access.requireRole(auth, Role.ANALYST, Role.EXECUTIVE);
		try {
			EngagementRecord record = engagements.append(id, EventForm.json(kind, form));
			audit.record(Access.actor(auth), "engagement.recorded", "engagement", Long.toString(id),
					kind + " " + record.id());
			redirect.addFlashAttribute("notice", EventLines.label(kind) + " recorded as " + record.id() + ".");
			return "redirect:/w/engagements/" + id + "#timeline";
		}
		catch (Refusal ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put(EventForm.field(ex.field()), ex.what() + (ex.accepted() == null ? "" : "; " + ex.accepted()));
			model.addAttribute("form", kind);
			model.addAttribute("errors", errors);
			model.addAttribute("values", form.toSingleValueMap());
			return dashboard(id, null, auth, model, request);
		}
	}

	private static <T> List<T> newestFirst(List<T> oldestFirst) {
		List<T> list = new java.util.ArrayList<>(oldestFirst);
		java.util.Collections.reverse(list);
		return list;
	}

	/** What the forms' lists offer: value to label, in a stable order. */
	private static void options(EngagementRecords records, Model model) {
		Map<String, String> people = new LinkedHashMap<>();
		records.people().forEach(p -> people.put(p.id(), p.name() + " (" + p.title() + ")"));
		Map<String, String> artefacts = new LinkedHashMap<>();
		records.artefacts().forEach(a -> artefacts.put(a.id(), a.name()));
		Map<String, String> decisions = new TreeMap<>();
		Map<String, String> outcomes = new TreeMap<>();
		EngagementService.DECISION_OUTCOMES.forEach((kind, values) -> {
			decisions.put(kind, EventLines.label(kind));
			values.forEach(v -> outcomes.put(v, EventLines.label(v)));
		});
		Map<String, String> meetings = new TreeMap<>();
		EngagementService.MEETING_KINDS.forEach(k -> meetings.put(k, EventLines.label(k)));
		model.addAttribute("peopleOptions", people);
		model.addAttribute("artefactOptions", artefacts);
		model.addAttribute("decisionOptions", decisions);
		model.addAttribute("outcomeOptions", outcomes);
		model.addAttribute("meetingOptions", meetings);
		// approve first, always: a Map.of iterates in an order that changes between
		// starts
		Map<String, String> verdicts = new LinkedHashMap<>();
		verdicts.put("approve", "Approve");
		verdicts.put("reject", "Reject");
		model.addAttribute("verdictOptions", verdicts);
	}

}
