package com.caio.engine.upskilling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.caio.engine.upskilling.UpskillingReport.ModuleResult;
import com.caio.engine.upskilling.UpskillingReport.ShiftMonth;
import com.caio.engine.upskilling.model.Module;
import com.caio.engine.upskilling.model.ModuleTally;
import com.caio.engine.upskilling.model.SkillsCatalogue;

/**
 * Each module's results as Kirkpatrick levels: 1 (reaction: satisfaction, attendance), 2
 * (learning: the paired mean gain with its 95% interval, the share reaching the outcome),
 * 3 (behaviour: the in-house share of AI hours after the module's month against the
 * baseline months, organisation-wide, since the task log names teams, not people).
 */
final class ModuleStatistics {

	private ModuleStatistics() {
	}

	static List<ModuleResult> of(UpskillingInput input, ShiftAnalysis shift) {
		Map<String, Integer> people = input.survey().people();
		List<ModuleResult> results = new ArrayList<>();
		for (Module m : input.programme().modules()) {
			ModuleTally t = input.results()
				.modules()
				.stream()
				.filter(r -> r.module().equals(m.id()))
				.findFirst()
				.orElse(new ModuleTally(m.id(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
			int audience = m.audience().contains(SkillsCatalogue.EVERYONE) ? input.survey().respondents()
					: m.audience().stream().mapToInt(r -> people.getOrDefault(r, 0)).sum();
			if (audience == 0) {
				// no survey: the people enrolled are the audience
				audience = t.enrolled();
			}
			PairedT gain = PairedT.of(t.pairs(), t.meanGain(), t.gainSquares());
			results.add(new ModuleResult(m.id(), m.title(), m.audience(), m.month(), m.durationHours(), m.skills(),
					m.outcome(), m.outcomeScore(), m.scale(), audience, t.enrolled(), t.assessed(),
					audience == 0 ? 0 : Math.min(1, (double) t.assessed() / audience), t.pairs(), t.meanPre(),
					t.meanPost(), t.pairs() == 0 ? null : t.meanGain(), gain == null ? null : gain.low(),
					gain == null ? null : gain.high(), gain == null || Double.isNaN(gain.t()) ? null : gain.t(),
					gain == null || Double.isNaN(gain.p()) ? null : gain.p(), t.reached(),
					t.assessed() == 0 ? 0 : (double) t.reached() / t.assessed(), t.rated(),
					t.rated() == 0 ? null : t.meanSatisfaction(),
					t.rated() == 0 ? null : (double) t.satisfied() / t.rated(),
					t.attended() == 0 ? null : t.meanAttendance(),
					inHouse(shift, mo -> shift.baselineMonths.contains(mo.month())),
					inHouse(shift, mo -> mo.programmeMonth() > m.month()), false));
		}
		return results;
	}

	private static Double inHouse(ShiftAnalysis shift, Predicate<ShiftMonth> months) {
		double in = 0;
		double all = 0;
		for (ShiftMonth m : shift.months) {
			if (months.test(m)) {
				in += m.inHouseHours();
				all += m.inHouseHours() + m.externalHours();
			}
		}
		return all == 0 ? null : in / all;
	}

}
