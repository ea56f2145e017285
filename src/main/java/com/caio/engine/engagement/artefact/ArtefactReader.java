package com.caio.engine.engagement.artefact;

import java.util.Optional;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;

/**
 * Reads one kind of stored run for the acceptance rules: finds it by id or by the name of
 * its input, and says what it contains. One per kind, found automatically, so a new
 * capability adds its own without touching the engagement code.
 */
public interface ArtefactReader {

	/** The run kind, e.g. {@code businesscase}. */
	String kind();

	/** Whether a run with this id is stored. */
	boolean exists(long runId);

	/** The newest run whose input had this name (a file name, a pilot's name). */
	Optional<Long> findByInput(String input);

	/** What the run says, as the acceptance rules read it; empty if it is gone. */
	Optional<ArtefactContent> read(Artefact artefact);

}
