package com.caio.engine.maturity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything scoring needs from a survey file, accumulated row by row as it streams past.
 */
final class SurveyTally {

	static final int MAX_SEGMENTS_PER_KIND = 200;

	static final int MAX_REJECTED_LISTED = 1000;

	static final String OTHER = "(other)";

	private final QuestionCatalogue catalogue;

	private final SegmentTally all;

	private final Map<String, SegmentTally> segments = new LinkedHashMap<>();

	private final Map<String, Integer> perKind = new LinkedHashMap<>();

	private final Map<String, Map<String, SegmentTally>> cellLookup = new java.util.HashMap<>();

	private final List<RejectedRow> rejected = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private long rejectedCount;

	private long rows;

	private String format = "";

	SurveyTally(QuestionCatalogue catalogue) {
		this.catalogue = catalogue;
		this.all = new SegmentTally(SegmentTally.ALL, "All respondents", catalogue.size());
		segments.put(all.key(), all);
	}

	QuestionCatalogue catalogue() {
		return catalogue;
	}

	SegmentTally all() {
		return all;
	}

	Collection<SegmentTally> segments() {
		return segments.values();
	}

	/**
	 * The tally of a department or role; past the cap, rare values share one "(other)"
	 * group.
	 */
	SegmentTally segment(String kind, String rawName) {
		// looked up by the cell as written first: this runs for every row
		Map<String, SegmentTally> byCell = cellLookup.computeIfAbsent(kind, k -> new java.util.HashMap<>());
		SegmentTally cached = byCell.get(rawName);
		if (cached != null) {
			return cached;
		}
		SegmentTally found = segmentNamed(kind, rawName);
		if (byCell.size() < 4 * MAX_SEGMENTS_PER_KIND) {
			byCell.put(rawName, found);
		}
		return found;
	}

	private SegmentTally segmentNamed(String kind, String rawName) {
		String name = rawName == null || rawName.isBlank() ? "(not given)" : rawName.strip();
		SegmentTally existing = segments.get(kind + ":" + name);
		if (existing != null) {
			return existing;
		}
		int count = perKind.getOrDefault(kind, 0);
		if (count >= MAX_SEGMENTS_PER_KIND) {
			name = OTHER;
			existing = segments.get(kind + ":" + name);
			if (existing != null) {
				return existing;
			}
		}
		perKind.put(kind, count + 1);
		SegmentTally created = new SegmentTally(kind, name, catalogue.size());
		segments.put(created.key(), created);
		return created;
	}

	void reject(long line, int column, String reason) {
		rejectedCount++;
		if (rejected.size() < MAX_REJECTED_LISTED) {
			rejected.add(new RejectedRow(line, column, reason));
		}
	}

	void note(String note) {
		notes.add(note);
	}

	void countRow() {
		rows++;
	}

	void format(String format) {
		this.format = format;
	}

	String format() {
		return format;
	}

	long rows() {
		return rows;
	}

	List<RejectedRow> rejected() {
		return rejected;
	}

	long rejectedCount() {
		return rejectedCount;
	}

	List<String> notes() {
		return notes;
	}

}
