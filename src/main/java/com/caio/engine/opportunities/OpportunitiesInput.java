package com.caio.engine.opportunities;

import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.MvpPlan;

/** What a run assesses: a backlog, an MVP plan, or both. */
record OpportunitiesInput(Backlog backlog, MvpPlan plan) {
}
