package com.caio.engine.pilot;

import java.util.List;

/**
 * What a per-unit CSV added up to: each arm's totals, the rows read and those rejected
 * (the first {@link UnitCsvReader#KEPT_REJECTIONS} listed, all counted).
 */
public record UnitTally(KpiKind kind, long rows, ArmTotals control, ArmTotals treatment, long rejectedCount,
		List<RejectedUnit> rejected) {
}
