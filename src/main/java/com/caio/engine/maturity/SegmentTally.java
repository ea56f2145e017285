package com.caio.engine.maturity;

/**
 * Answer counts of one group of respondents (everyone, a department, a role): per
 * question, how many gave each value 1-5 and how many said not applicable. Means and
 * spreads follow exactly from these counts, so a file of any length needs only this much
 * memory.
 */
final class SegmentTally {

	static final String ALL = "all";

	private final String key;

	private final String kind;

	private final String name;

	/**
	 * counts[question * 7 + value]: one flat array, as it is updated for every answer.
	 */
	private final long[] counts;

	private final long[] dimensionRespondents = new long[Dimension.values().length];

	private long respondents;

	SegmentTally(String kind, String name, int questions) {
		this.kind = kind;
		this.name = name;
		this.key = kind.equals(ALL) ? ALL : kind + ":" + name;
		this.counts = new long[questions * 7];
	}

	void addRespondent() {
		respondents++;
	}

	void addAnswer(int question, byte value) {
		counts[question * 7 + value]++;
	}

	void addDimensionRespondent(int dimension) {
		dimensionRespondents[dimension]++;
	}

	String key() {
		return key;
	}

	String kind() {
		return kind;
	}

	String name() {
		return name;
	}

	long respondents() {
		return respondents;
	}

	long dimensionRespondents(Dimension dimension) {
		return dimensionRespondents[dimension.ordinal()];
	}

	long answered(int question) {
		long n = 0;
		for (int v = 1; v <= 5; v++) {
			n += counts[question * 7 + v];
		}
		return n;
	}

	long notApplicable(int question) {
		return counts[question * 7 + Answer.NOT_APPLICABLE];
	}

	/** Mean of the answers as given (reverse scoring is applied when counting). */
	double mean(int question) {
		long n = answered(question);
		double sum = 0;
		for (int v = 1; v <= 5; v++) {
			sum += v * (double) counts[question * 7 + v];
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** Sample standard deviation (n - 1); 0 for a single answer. */
	double sd(int question) {
		long n = answered(question);
		if (n < 2) {
			return 0;
		}
		double mean = mean(question);
		double squares = 0;
		for (int v = 1; v <= 5; v++) {
			squares += counts[question * 7 + v] * (v - mean) * (v - mean);
		}
		return Math.sqrt(squares / (n - 1));
	}

}
