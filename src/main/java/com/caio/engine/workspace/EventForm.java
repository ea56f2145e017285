package com.caio.engine.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form of the engagement dashboard as the record the engagement file would hold: empty
 * fields left out, lists typed as comma-separated names, numbers and yes/no typed, so the
 * engagement's own reader checks it exactly as it checks a file.
 */
final class EventForm {

	/** The fields of each form, as the engagement file names them. */
	static final Map<String, List<String>> FIELDS = Map.of("sign-off",
			List.of("artefact", "person", "decision", "date", "comment"), "decision",
			List.of("decision", "outcome", "amount", "currency", "date", "decidedBy", "artefact"), "meeting",
			List.of("meeting", "date", "attendees", "minutes", "hours"), "deliverable",
			List.of("name", "artefact", "primary", "due", "deliveredOn", "acceptedBy", "acceptedOn"), "access",
			List.of("system", "requestedOn", "grantedOn", "confirmedBy"));

	private static final List<String> LISTS = List.of("decidedBy", "attendees", "acceptedBy");

	private static final List<String> NUMBERS = List.of("amount", "hours");

	private EventForm() {
	}

	static JsonNode json(String kind, MultiValueMap<String, String> form) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("kind", kind);
		for (String field : FIELDS.get(kind)) {
			String value = form.getFirst(field);
			if (field.equals("primary")) {
				node.put(field, "on".equals(value) || "true".equals(value));
			}
			else if (value == null || value.isBlank()) {
				continue;
			}
			else if (LISTS.contains(field)) {
				var array = node.putArray(field);
				Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(array::add);
			}
			else if (NUMBERS.contains(field) && value.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
				node.put(field, new java.math.BigDecimal(value.strip()));
			}
			else {
				node.put(field, value.strip());
			}
		}
		return node;
	}

	/**
	 * The form field a refusal's path names: {@code attendees[1]} is the attendees field,
	 * a path the form has no field for is shown at the top of the form.
	 */
	static String field(String path) {
		if (path == null) {
			return "form";
		}
		String head = path.replaceFirst("^\\$?\\.?", "").split("[\\[.]")[0];
		return FIELDS.values().stream().anyMatch(f -> f.contains(head)) ? head : "form";
	}

}
