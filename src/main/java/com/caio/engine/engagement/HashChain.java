package com.caio.engine.engagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.caio.engine.common.Hashing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tamper evidence of an engagement: each row's hash is the SHA-256 of the previous
 * row's hash followed by the row's canonical JSON (keys sorted, no spaces), starting from
 * 64 zeros. Recomputing the chain finds the first row that was changed, removed or
 * inserted.
 */
final class HashChain {

	static final String GENESIS = "0".repeat(64);

	/** A stored row as it is read back for verification. */
	record Row(int seq, String recordId, String kind, String content, String prevHash, String hash) {
	}

	/** The verdict: valid, or the first row that does not match and why. */
	record Verdict(boolean valid, int rows, String headHash, Integer firstBadRow, String firstBadRecord,
			String reason) {
	}

	private HashChain() {
	}

	static String hash(String prevHash, String content) {
		MessageDigest digest = Hashing.sha256();
		digest.update(prevHash.getBytes(StandardCharsets.US_ASCII));
		digest.update(content.getBytes(StandardCharsets.UTF_8));
		return Hashing.hex(digest);
	}

	/** The node with every object's keys in order, written without spaces. */
	static String canonical(JsonMapper json, JsonNode node) {
		return json.writeValueAsString(sorted(json, node));
	}

	private static JsonNode sorted(JsonMapper json, JsonNode node) {
		if (node.isObject()) {
			TreeMap<String, JsonNode> fields = new TreeMap<>();
			node.properties().forEach(e -> fields.put(e.getKey(), sorted(json, e.getValue())));
			ObjectNode copy = json.createObjectNode();
			fields.forEach(copy::set);
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = json.createArrayNode();
			node.forEach(item -> copy.add(sorted(json, item)));
			return copy;
		}
		return node;
	}

	/**
	 * Recomputes the chain over the rows in order; {@code expectedRows} and
	 * {@code expectedHead} come from the engagement row, so a removed last row shows too.
	 */
	static Verdict verify(JsonMapper json, List<Row> rows, int expectedRows, String expectedHead) {
		String prev = GENESIS;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String problem = problem(json, row, i, prev);
			if (problem != null) {
				return new Verdict(false, rows.size(), prev, i, row.seq() == i ? row.recordId() : null, problem);
			}
			prev = row.hash();
		}
		if (rows.size() != expectedRows || !prev.equals(expectedHead)) {
			return new Verdict(false, rows.size(), prev, rows.size(), null,
					"the engagement records " + expectedRows + " rows ending in hash " + expectedHead + ", but "
							+ rows.size() + " rows end in " + prev + ": rows after row " + (rows.size() - 1)
							+ " were removed");
		}
		return new Verdict(true, rows.size(), prev, null, null, null);
	}

	private static String problem(JsonMapper json, Row row, int expectedSeq, String prev) {
		if (row.seq() != expectedSeq) {
			return "row " + expectedSeq + " is missing (the next row is " + row.seq() + ")";
		}
		if (!row.prevHash().equals(prev)) {
			return "its previous hash " + row.prevHash() + " is not the hash of row " + (expectedSeq - 1) + " (" + prev
					+ ")";
		}
		String computed = hash(prev, row.content());
		if (!computed.equals(row.hash())) {
			return "its content does not match its hash: stored " + row.hash() + ", computed " + computed;
		}
		List<String> disagree = new ArrayList<>();
		JsonNode content = json.readTree(row.content());
		if (content.path("seq").asInt(-1) != row.seq()) {
			disagree.add("seq");
		}
		if (!content.path("id").asString("").equals(row.recordId())) {
			disagree.add("record_id");
		}
		if (!content.path("kind").asString("").equals(row.kind())) {
			disagree.add("kind");
		}
		return disagree.isEmpty() ? null : "its columns " + disagree + " disagree with its hashed content";
	}

}
