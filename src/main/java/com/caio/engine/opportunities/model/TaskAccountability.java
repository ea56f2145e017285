package com.caio.engine.opportunities.model;

import java.util.List;

/** Who a task names as accountable (RACI's A). */
public record TaskAccountability(String taskId, String taskName, List<String> accountable) {

	public TaskAccountability {
		accountable = List.copyOf(accountable);
	}

	public int count() {
		return accountable.size();
	}

}
