package com.caio.engine.opportunities;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.Opportunity;
import com.caio.engine.common.BadInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the workshop's backlog from CSV (one use case a row, as typed from sticky notes
 * into a sheet) or YAML. The backlog is small and decided on as a whole, so a wrong value
 * refuses the file, naming the cell ({@code file:line:column}) or the field path.
 */
public final class BacklogReader {

	private static final Set<String> YAML_KEYS = Set.of("backlog", "method", "targetUplift", "opportunities");

	private final YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	/** Reads CSV unless the name ends in .yaml, .yml or .json. */
	public Backlog read(InputStream in, String fileName, String method) throws CsvFormatException {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
			return readYaml(in, fileName, method);
		}
		return readCsv(in, fileName, method);
	}

	Backlog readCsv(InputStream in, String fileName, String method) throws CsvFormatException {
		List<Opportunity> items = new ArrayList<>();
		try (CsvRows rows = CsvRows.open(in)) {
			String[] header = rows.header();
			Map<String, Integer> columns = columns(header, fileName);
			CsvRow row;
			while ((row = rows.next()) != null) {
				CsvRow current = row;
				if (row.values().length != header.length) {
					throw new CsvFormatException(row.line(), 1,
							"expected " + header.length + " columns as in the header but found " + row.values().length);
				}
				Map<String, String> values = new HashMap<>();
				columns.forEach((column, index) -> values.put(column, current.value(index)));
				String at = fileName + ":" + row.line();
				items.add(new BacklogFields(values,
						column -> at + ":" + (columns.containsKey(column) ? columns.get(column) + 1 : 1))
					.opportunity(at));
			}
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
		return checked(new Backlog(stem(fileName), method == null ? "" : method, null, null, items));
	}

	private static Map<String, Integer> columns(String[] header, String fileName) throws CsvFormatException {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.length; i++) {
			String column = BacklogFields.canonical(header[i]);
			if (column == null) {
				throw new CsvFormatException(1, i + 1,
						"unknown column '" + header[i] + "'; accepted: " + String.join(", ", BacklogFields.COLUMNS));
			}
			if (columns.putIfAbsent(column, i) != null) {
				throw new CsvFormatException(1, i + 1, "column '" + header[i] + "' appears twice");
			}
		}
		for (String required : BacklogFields.COLUMNS) {
			if (BacklogFields.REQUIRED.contains(required) && !columns.containsKey(required)) {
				throw new CsvFormatException(1, 1, "the header has no column '" + required + "'; required: "
						+ String.join(", ", BacklogFields.REQUIRED.stream().sorted().toList()));
			}
		}
		return columns;
	}

	Backlog readYaml(InputStream in, String fileName, String method) {
		JsonNode root;
		try {
			root = yaml.readTree(in);
		}
		catch (JacksonException ex) {
			throw new BadInputException(fileName, "not valid YAML: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new BadInputException(fileName,
					"expected a mapping with backlog, method, targetUplift and opportunities");
		}
		for (String key : root.propertyNames()) {
			if (!YAML_KEYS.contains(key)) {
				throw new BadInputException(key,
						"unknown field; accepted: " + String.join(", ", YAML_KEYS.stream().sorted().toList()));
			}
		}
		JsonNode list = root.path("opportunities");
		if (!list.isArray()) {
			throw new BadInputException("opportunities", "expected a list of use cases");
		}
		List<Opportunity> items = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			items.add(item(list.get(i), "opportunities[" + i + "]"));
		}
		String asked = method != null ? method : root.path("method").asString("");
		JsonNode band = root.path("targetUplift");
		return checked(new Backlog(root.path("backlog").asString(stem(fileName)), asked, band(band, "low"),
				band(band, "high"), items));
	}

	private static Double band(JsonNode band, String end) {
		JsonNode value = band.path(end);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isNumber()) {
			throw new BadInputException("targetUplift." + end,
					"expected a percentage such as 10, got '" + value.asString() + "'");
		}
		return value.asDouble();
	}

	private static Opportunity item(JsonNode node, String path) {
		if (!node.isObject()) {
			throw new BadInputException(path, "expected a use case with id, title, targetKpi ...");
		}
		Map<String, String> values = new HashMap<>();
		Map<String, String> keys = new HashMap<>();
		flatten(node, "", path, values, keys);
		return new BacklogFields(values, column -> path + "." + keys.getOrDefault(column, camel(column)))
			.opportunity(path);
	}

	/** Nested objects name their columns by prefix: uplift: {low: 5} is uplift_low. */
	private static void flatten(JsonNode node, String prefix, String path, Map<String, String> values,
			Map<String, String> keys) {
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
			JsonNode value = field.getValue();
			if (value.isObject()) {
				flatten(value, key, path, values, keys);
				continue;
			}
			String column = BacklogFields.canonical(key);
			if (column == null) {
				throw new BadInputException(path + "." + key, "unknown field; accepted (in camelCase or snake_case): "
						+ String.join(", ", BacklogFields.COLUMNS));
			}
			keys.put(column, key);
			if (value.isArray()) {
				List<String> items = new ArrayList<>();
				value.forEach(v -> items.add(v.asString()));
				values.put(column, String.join(";", items));
			}
			else if (!value.isNull()) {
				values.put(column, value.asString());
			}
		}
	}

	private static String camel(String column) {
		StringBuilder s = new StringBuilder();
		boolean up = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				up = true;
			}
			else {
				s.append(up ? Character.toUpperCase(c) : c);
				up = false;
			}
		}
		return s.toString();
	}

	/** Ids are unique and every dependency names a use case of the backlog. */
	private static Backlog checked(Backlog backlog) {
		Map<String, Opportunity> byId = new HashMap<>();
		for (Opportunity o : backlog.opportunities()) {
			Opportunity first = byId.putIfAbsent(o.id(), o);
			if (first != null) {
				throw new BadInputException(o.where(),
						"duplicate id '" + o.id() + "' (first at " + first.where() + ")");
			}
		}
		for (Opportunity o : backlog.opportunities()) {
			for (String dependency : o.dependencies()) {
				if (!byId.containsKey(dependency) || dependency.equals(o.id())) {
					throw new BadInputException(o.where(),
							"dependency '" + dependency + "' is not another use case of the backlog; known ids: "
									+ String.join(", ", byId.keySet().stream().sorted().toList()));
				}
			}
		}
		if (backlog.opportunities().isEmpty()) {
			throw new BadInputException(backlog.name(), "the backlog holds no use case");
		}
		return backlog;
	}

	/**
	 * A name for people from a file name: opportunity-backlog.csv reads "Opportunity
	 * backlog".
	 */
	static String stem(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[-_]+", " ").strip();
		return stem.isEmpty() ? "Backlog" : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
	}

}
