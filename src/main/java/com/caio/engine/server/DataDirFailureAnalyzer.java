package com.caio.engine.server;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A server that cannot use its data folder says why and what to do, not a stack trace.
 */
class DataDirFailureAnalyzer extends AbstractFailureAnalyzer<DataDirException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
