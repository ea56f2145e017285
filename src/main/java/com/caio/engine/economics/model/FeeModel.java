package com.caio.engine.economics.model;

/** How the fractional officer charges. */
public enum FeeModel {

	/** A monthly retainer with included hours; hours beyond them at the overage rate. */
	RETAINER,

	/** A day rate times the days worked each month. */
	DAY_RATE

}
