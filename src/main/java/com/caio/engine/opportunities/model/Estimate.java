package com.caio.engine.opportunities.model;

/**
 * A three-point estimate (optimistic / most likely / pessimistic), with the PERT figures.
 * PERT (Malcolm et al., 1959): mean (o + 4m + p) / 6, standard deviation (p - o) / 6.
 */
public record Estimate(double low, double likely, double high) {

	/** PERT mean (o + 4m + p) / 6. */
	public double pertMean() {
		return (low + 4 * likely + high) / 6;
	}

	/** The textbook PERT standard deviation (p - o) / 6, an approximation. */
	public double pertSd() {
		return (high - low) / 6;
	}

	/**
	 * The exact variance of the PERT-beta distribution (shape 4) that the simulation
	 * draws from: (mean - o)(p - mean) / 7.
	 */
	public double betaVariance() {
		double mean = pertMean();
		return (mean - low) * (high - mean) / 7;
	}

	public boolean ordered() {
		return low <= likely && likely <= high;
	}

}
