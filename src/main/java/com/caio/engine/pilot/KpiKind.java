package com.caio.engine.pilot;

/**
 * A rate (share of units that convert) or a mean (cost per acquisition, basket value).
 */
public enum KpiKind {

	RATE, MEAN

}
