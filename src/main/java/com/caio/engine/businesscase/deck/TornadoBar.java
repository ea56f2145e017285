package com.caio.engine.businesscase.deck;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.businesscase.BusinessCaseReport;
import com.caio.engine.businesscase.Sensitivity;

/**
 * One bar of the tornado. Baseline, uplift and margin of a lever multiply each other, so
 * moving any of them by 20% moves the NPV by the same amount: such items are drawn as one
 * bar ("DTC revenue: baseline, uplift or margin") rather than as identical bars.
 */
record TornadoBar(String label, double npvLow, double npvHigh, double swing) {

	private static final double SAME = 1e-6;

	static List<TornadoBar> of(BusinessCaseReport report) {
		Sensitivity sensitivity = report.sensitivity();
		List<TornadoBar> bars = new ArrayList<>();
		List<Sensitivity.Item> taken = new ArrayList<>();
		for (Sensitivity.Item item : sensitivity.items()) {
			if (taken.contains(item)) {
				continue;
			}
			List<Sensitivity.Item> same = sensitivity.items()
				.stream()
				.filter(o -> !taken.contains(o) && o.driver().equals(item.driver())
						&& Math.abs(o.npvLow() - item.npvLow()) < SAME && Math.abs(o.npvHigh() - item.npvHigh()) < SAME)
				.toList();
			taken.addAll(same);
			String label = same.size() == 1 ? item.assumption() : report.input().label(item.driver()) + ": "
					+ joinOr(same.stream().map(Sensitivity.Item::factor).toList());
			bars.add(new TornadoBar(label, item.npvLow(), item.npvHigh(), item.npvSwing()));
		}
		return bars;
	}

	private static String joinOr(List<String> words) {
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
	}
}
