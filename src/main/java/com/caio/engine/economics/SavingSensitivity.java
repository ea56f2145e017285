package com.caio.engine.economics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.caio.engine.economics.model.Figure;

/**
 * The 3-year saving with each figure 20% lower and 20% higher, the others unchanged,
 * largest swing first. Figures that do not move the saving (ramp, waste, term) are left
 * out; probabilities and fractions are capped at 1.
 */
public final class SavingSensitivity {

	public static final double STEP = 0.20;

	private static final Set<String> CAPPED_AT_ONE = Set.of("fractional.commitmentDiscount", "fullTime.severanceRisk");

	private SavingSensitivity() {
	}

	/** One figure moved both ways; the swing is in percentage points. */
	public record Row(String path, String label, double value, double lowValue, double highValue, double savingAtLowPct,
			double savingAtHighPct, double swingPp) {
	}

	public static List<Row> of(CostModel model, List<Figure> figures) {
		double base = model.savingThreeYearPct();
		List<Row> rows = new ArrayList<>();
		for (Figure f : figures) {
			if (f.value() == 0) {
				continue;
			}
			double low = f.value() * (1 - STEP);
			double high = f.value() * (1 + STEP);
			if (CAPPED_AT_ONE.contains(f.path())) {
				high = Math.min(1, high);
			}
			double atLow = model.with(f.path(), low).savingThreeYearPct();
			double atHigh = model.with(f.path(), high).savingThreeYearPct();
			double swing = Math.abs(atHigh - atLow);
			if (swing < 1e-9 && Math.abs(atLow - base) < 1e-9) {
				continue;
			}
			rows.add(new Row(f.path(), f.label(), f.value(), low, high, atLow, atHigh, swing));
		}
		rows.sort(Comparator.comparingDouble(Row::swingPp).reversed());
		return List.copyOf(rows);
	}

}
