package com.caio.engine.risk;

/**
 * A cell of the 5x5 likelihood x impact grid; the bands table colours cells, and every
 * risk takes its cell's band.
 */
public record HeatCell(int likelihood, int impact) {

	public int score() {
		return likelihood * impact;
	}
}
