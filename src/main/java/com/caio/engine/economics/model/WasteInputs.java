package com.caio.engine.economics.model;

/**
 * What AI projects that fail cost the client, and how much better selection avoids.
 *
 * @param failureProbability share of AI projects that fail
 * @param expectedReduction share of those failures that better selection avoids
 */
public record WasteInputs(Figure projectsPerYear, Figure averageProjectCost, Figure failureProbability,
		Figure expectedReduction) {
}
