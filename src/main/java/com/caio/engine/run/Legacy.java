package com.caio.engine.run;

import java.util.List;
import java.util.Map;

/**
 * The URLs and command words a capability answered before the shared shape, kept working.
 *
 * @param words older command words, e.g. {@code ["maturity", "score"]}
 * @param path older URL segment under {@code /api/}, e.g. {@code maturity/assessments}
 * @param files older document file names, e.g. {@code heatmap.svg -> svg}
 * @param options older CLI options that write a document: {@code deck -> pptx}; the empty
 * string picks the document by the file's extension
 */
public record Legacy(List<List<String>> words, String path, Map<String, String> files, Map<String, String> options) {

	public static final Legacy NONE = new Legacy(List.of(), null, Map.of(), Map.of());

}
