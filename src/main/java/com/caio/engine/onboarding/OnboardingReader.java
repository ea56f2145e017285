package com.caio.engine.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.caio.engine.input.InputFields;
import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.onboarding.model.OnboardingInput.Event;
import com.caio.engine.onboarding.model.OnboardingInput.EventType;
import com.caio.engine.onboarding.model.OnboardingInput.Stakeholder;
import com.caio.engine.common.BadInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a 90-day plan input (YAML, or JSON when it starts with '{'), naming the field
 * path of the first problem. {@code asOf} defaults to today.
 */
public final class OnboardingReader {

	private static final Set<String> TOP = Set.of("engagement", "startDate", "asOf", "stakeholders", "deliverables",
			"steering", "access", "holidays", "events");

	public OnboardingInput read(byte[] content, String fileName) {
		JsonNode root = InputFields.parse(content, fileName, "a 90-day plan input");
		InputFields.allowOnly(root, "", TOP);
		LocalDate start = InputFields.date(root, "", "startDate", true);
		LocalDate asOf = InputFields.date(root, "", "asOf", false);
		List<String> deliverables = InputFields.texts(root, "", "deliverables");
		if (!deliverables.isEmpty() && deliverables.size() != 3) {
			throw new BadInputException("deliverables",
					"lists " + deliverables.size()
							+ " deliverables; the plan has three primary deliverables (leave it out for the defaults: "
							+ String.join(", ", OnboardingInput.DEFAULT_DELIVERABLES) + ")");
		}
		JsonNode steering = InputFields.object(root, "", "steering");
		InputFields.allowOnly(steering, "steering", Set.of("cadenceWeeks", "weekday"));
		double cadence = InputFields.number(steering, "steering", "cadenceWeeks", 1, 13, null,
				"a whole number of weeks between steering meetings, 1 to 13 (e.g. 2 for every two weeks)");
		if (cadence != Math.rint(cadence)) {
			throw new BadInputException("steering.cadenceWeeks", cadence + " is not a whole number of weeks (1 to 13)");
		}
		String engagement = InputFields.text(root, "", "engagement");
		return new OnboardingInput(engagement == null ? "Fractional Chief AI Officer engagement" : engagement, start,
				asOf == null ? LocalDate.now() : asOf, stakeholders(root),
				deliverables.isEmpty() ? OnboardingInput.DEFAULT_DELIVERABLES : deliverables, (int) cadence,
				weekday(steering), InputFields.texts(root, "", "access"), holidays(root), events(root));
	}

	private static DayOfWeek weekday(JsonNode steering) {
		String day = InputFields.text(steering, "steering", "weekday");
		if (day == null) {
			return DayOfWeek.THURSDAY;
		}
		try {
			DayOfWeek d = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
			if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
				throw new IllegalArgumentException();
			}
			return d;
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("steering.weekday",
					"'" + day + "' is not a working day; accepted: monday, " + "tuesday, wednesday, thursday, friday");
		}
	}

	private static List<Stakeholder> stakeholders(JsonNode root) {
		List<Stakeholder> list = new ArrayList<>();
		List<JsonNode> nodes = InputFields.list(root, "", "stakeholders");
		for (int i = 0; i < nodes.size(); i++) {
			String at = "stakeholders[" + i + "]";
			InputFields.allowOnly(nodes.get(i), at, Set.of("name", "role", "executive"));
			JsonNode exec = nodes.get(i).get("executive");
			if (exec != null && !exec.isBoolean()) {
				throw new BadInputException(at + ".executive", "must be true or false");
			}
			list.add(new Stakeholder(InputFields.requiredText(nodes.get(i), at, "name"),
					InputFields.requiredText(nodes.get(i), at, "role"), exec != null && exec.asBoolean()));
		}
		if (list.isEmpty()) {
			throw new BadInputException("stakeholders", "missing; list the stakeholders (name, role, executive)");
		}
		return list;
	}

	private static Set<LocalDate> holidays(JsonNode root) {
		Set<LocalDate> days = new HashSet<>();
		List<String> texts = InputFields.texts(root, "", "holidays");
		for (int i = 0; i < texts.size(); i++) {
			days.add(InputFields.date(texts.get(i), "holidays[" + i + "]"));
		}
		return days;
	}

	private static List<Event> events(JsonNode root) {
		List<Event> list = new ArrayList<>();
		List<JsonNode> nodes = InputFields.list(root, "", "events");
		for (int i = 0; i < nodes.size(); i++) {
			String at = "events[" + i + "]";
			JsonNode node = nodes.get(i);
			InputFields.allowOnly(node, at, Set.of("date", "type", "subject", "by"));
			String type = InputFields.requiredText(node, at, "type");
			EventType kind = Arrays.stream(EventType.values())
				.filter(t -> t.word().equals(type))
				.findFirst()
				.orElseThrow(() -> new BadInputException(at + ".type", "'" + type + "' is not an event type; accepted: "
						+ String.join(", ", Arrays.stream(EventType.values()).map(EventType::word).toList())));
			String subject = InputFields.text(node, at, "subject");
			String by = InputFields.text(node, at, "by");
			boolean needsSubject = kind == EventType.ACCESS_GRANTED || kind == EventType.MILESTONE_DONE
					|| kind == EventType.DELIVERABLE_ACCEPTED;
			if (needsSubject && subject == null) {
				throw new BadInputException(at + ".subject",
						"missing; a " + type + " event names its system, milestone or deliverable");
			}
			if (kind == EventType.DELIVERABLE_ACCEPTED && by == null) {
				throw new BadInputException(at + ".by", "missing; name the role that accepted it, e.g. CDO");
			}
			list.add(new Event(InputFields.date(node, at, "date", true), kind, subject, by));
		}
		return list;
	}

}
