package com.caio.engine.governance.model;

/** What the pack and the engagement hold, as the rules see them. */
public final class PackFacts {

	private PackFacts() {
	}

	/**
	 * What the pack covers: KPI trends, both risk registers, roadmap items, and whether a
	 * quarterly review meeting is recorded in the quarter.
	 */
	public record PackContents(int kpis, boolean riskThisQuarter, boolean riskLastQuarter, int roadmapItems,
			boolean reviewMeeting, boolean engagement) {
	}

	/** A remediation action or milestone and its status: done, late or open. */
	public record RoadmapFact(String kind, String name, String status) {
	}

	/** A risk new this quarter, with its score and band. */
	public record NewRisk(String id, String title, int score, String band) {
	}

	/** A risk whose score went up since last quarter. */
	public record RaisedRisk(String id, String title, int before, int after) {
	}

}
