package com.caio.engine.risk;

import java.time.LocalDate;
import java.util.Optional;

import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;

/** {@link RiskRankings} read from the stored risk runs. */
@Component
class StoredRiskRankings implements RiskRankings {

	private final RunStore store;

	StoredRiskRankings(RunStore store) {
		this.store = store;
	}

	@Override
	public Optional<Ranking> ranking(long id) {
		return store.find(RiskCapability.KIND, id, RiskReport.class).map(StoredRiskRankings::ranking);
	}

	static Ranking ranking(Run<RiskReport> run) {
		RiskReport r = run.result();
		return new Ranking(run.id(), run.at(), run.input() == null ? null : run.input().name(),
				run.input() == null ? null : run.input().sha256(),
				r.risks()
					.stream()
					.map(k -> new RankedRisk(k.id(), k.title(), k.category(), k.owner(), k.likelihood(), k.impact(),
							k.score(), k.band(), k.colour(), k.rank()))
					.toList(),
				r.remediation()
					.stream()
					.map(a -> new Action(a.riskId(), a.action(), a.owner(),
							a.dueDate() == null ? null : LocalDate.parse(a.dueDate()), a.inherentScore(),
							a.mitigatedScore()))
					.toList(),
				r.heatmap()
					.cells()
					.stream()
					.map(c -> new Cell(c.likelihood(), c.impact(), c.band(), c.colour()))
					.toList(),
				r.totalInherent(), r.totalMitigated());
	}

}
