package com.caio.engine.run;

import com.caio.engine.storage.Run;

/**
 * Told of every stored run with the source it read (its options and attachments), in the
 * run's transaction: what a later re-run needs besides the upload itself. Declare one as
 * a Spring bean.
 */
public interface InputRecorder {

	void record(Run<?> run, Source source);

}
