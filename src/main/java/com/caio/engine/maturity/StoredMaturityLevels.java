package com.caio.engine.maturity;

import java.util.List;
import java.util.Optional;

import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;

/** {@link MaturityLevels} read from the stored maturity runs. */
@Component
class StoredMaturityLevels implements MaturityLevels {

	private final RunStore store;

	StoredMaturityLevels(RunStore store) {
		this.store = store;
	}

	@Override
	public Optional<List<DimensionLevel>> dimensions(long id) {
		return store.find(MaturityCapability.KIND, id, MaturityReport.class)
			.map(run -> run.result()
				.dimensions()
				.stream()
				.filter(d -> d.level() != null && d.score() != null)
				.map(d -> new DimensionLevel(d.dimension(), d.name(), d.score(), d.level()))
				.toList());
	}

}
