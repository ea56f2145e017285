package com.caio.engine.workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.run.Capability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Runs;
import com.caio.engine.storage.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the result page shows of any capability's run, read from the shared shape: its
 * text document, its chart (the {@code svg} document where it has one, as an image), its
 * findings and its rejected rows (found by name in the result, as every capability calls
 * them {@code findings} and {@code rejectedRows}), and a download for every document.
 */
record ResultView(Run<?> run, String text, String svg, List<LevelRow> levels, List<FindingRow> findings,
		List<RejectedRow> rejected, long rejectedCount, List<Download> downloads) {

	/**
	 * A scored level (maturity's overall and dimensions), as the figures table shows it.
	 */
	record LevelRow(String name, Double score, Integer level, String levelName) {
	}

	/** A finding as the page lists it. */
	record FindingRow(String ruleId, String severity, String subject, String message) {
	}

	/** A row that was not used: line, column (0 = whole row) and why. */
	record RejectedRow(long line, int column, String reason) {
	}

	/** A document to download: its name, the file extension and its link. */
	record Download(String name, String label, String href) {
	}

	static ResultView of(Runs runs, JsonMapper json, Capability<?, ?> capability, Run<?> run) {
		String base = "/api/" + run.kind() + "/" + run.id() + "/";
		String text = render(runs, capability, run, Document.TEXT);
		boolean hasSvg = capability.documents().stream().anyMatch(d -> d.name().equals("svg"));
		// an <img>, not inline markup: the chart's labels come from the user's file
		String svg = hasSvg ? base + "svg" : null;
		JsonNode result = json.valueToTree(run.result());
		List<Download> downloads = new ArrayList<>();
		for (String document : runs.documentNames(capability)) {
			downloads.add(new Download(document, label(document), base + document));
		}
		List<RejectedRow> rejected = rejected(result);
		long count = result.path("rejectedCount").asLong(rejected.size());
		return new ResultView(run, text, svg, levels(result), findings(result), rejected, count, downloads);
	}

	/** Renders from the run already read (the store is read once per page). */
	@SuppressWarnings("unchecked")
	private static <R> String render(Runs runs, Capability<?, R> capability, Run<?> run, String document) {
		return new String(runs.document(capability, document).render().apply((Run<R>) run), StandardCharsets.UTF_8);
	}

	static String label(String document) {
		return switch (document) {
			case Document.TEXT -> "Text";
			case "svg", "png", "pdf", "pptx", "docx", "xlsx", "ics", "csv", "json" -> document.toUpperCase();
			default -> document;
		};
	}

	/**
	 * The overall level and the level of each dimension, where the result has them (a
	 * result with {@code overall} and {@code dimensions} carrying {@code level}).
	 */
	static List<LevelRow> levels(JsonNode result) {
		List<LevelRow> rows = new ArrayList<>();
		JsonNode overall = result.path("overall");
		if (overall.has("level") && result.path("dimensions").isArray()) {
			rows.add(level("Overall", overall));
			for (JsonNode d : result.path("dimensions")) {
				rows.add(level(d.path("name").asString(d.path("dimension").asString()), d));
			}
		}
		return rows;
	}

	private static LevelRow level(String name, JsonNode node) {
		return new LevelRow(name, node.path("score").isNumber() ? node.path("score").asDouble() : null,
				node.path("level").isNumber() ? node.path("level").asInt() : null,
				node.path("levelName").asString(null));
	}

	static List<FindingRow> findings(JsonNode result) {
		// a finding names its subject by id (model_lifecycle); show the name the result
		// gives it where it has one (Model lifecycle)
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (JsonNode d : result.path("dimensions")) {
			if (d.has("dimension") && d.has("name")) {
				names.put(d.path("dimension").asString(), d.path("name").asString());
			}
		}
		List<FindingRow> rows = new ArrayList<>();
		for (JsonNode f : result.path("findings")) {
			if (f.has("ruleId")) {
				String subject = f.path("subject")
					.asString(f.path("dimension").asString(f.path("scenario").asString("")));
				rows.add(new FindingRow(f.path("ruleId").asString(), f.path("severity").asString(""),
						names.getOrDefault(subject, subject), f.path("message").asString("")));
			}
		}
		return rows;
	}

	static List<RejectedRow> rejected(JsonNode result) {
		List<RejectedRow> rows = new ArrayList<>();
		for (JsonNode r : result.path("rejectedRows")) {
			rows.add(new RejectedRow(r.path("line").asLong(), r.path("column").asInt(), r.path("reason").asString("")));
		}
		return rows;
	}

}
