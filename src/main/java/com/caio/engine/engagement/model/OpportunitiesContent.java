package com.caio.engine.engagement.model;

import java.util.List;

/**
 * A stored opportunities run as the acceptance rules see it: the documents of the Head of
 * Innovation's stories that it holds, each an artefact with the run's id, name and date,
 * its own kind ({@code opportunity-backlog}, {@code mvp-scope}, {@code resource-plan},
 * {@code project-plan}, {@code resourcing-plan}, {@code mvp-acceptance},
 * {@code coaching-plan}), and the topics and figures the run really has. A run with a
 * backlog and no plan stands for the first two only.
 *
 * @param standsFor the artefacts the run is the evidence for
 */
public record OpportunitiesContent(Artefact artefact, List<Artefact> standsFor) implements ArtefactContent {

	public OpportunitiesContent {
		standsFor = List.copyOf(standsFor);
	}

	/** The artefact of a kind the run stands for, or null. */
	public Artefact as(String kind) {
		return standsFor.stream().filter(a -> a.kind().equals(kind)).findFirst().orElse(null);
	}

}
