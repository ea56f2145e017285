package com.caio.engine.engagement.model;

/** What a stored run says about itself, read by the acceptance rules. */
public sealed interface ArtefactContent permits BusinessCaseContent, PilotContent, MaturityContent, RiskContent,
		UpskillingContent, OpportunitiesContent {

	Artefact artefact();

}
