package com.caio.engine.workspace;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.common.Refusal;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Runs;
import com.caio.engine.server.SubmissionPermits;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs an uploaded file through its capability on a worker, so the page can poll how far
 * the reader has got (bytes of the upload consumed) instead of waiting on one long
 * request. A job is kept in memory only: the run it makes is what is stored.
 */
@Service
class Jobs {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	/** Where a job stands, as the progress bar reads it. */
	record Status(String id, String kind, String state, long bytesRead, long bytesTotal, Long runId, String where,
			String message) {
	}

	private final Runs runs;

	private final AuditLog audit;

	private final ExecutorService workers;

	private final SubmissionPermits permits;

	private static final int MAX_KEPT = 200;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	Jobs(Runs runs, AuditLog audit, SubmissionPermits permits) {
		this.runs = runs;
		this.audit = audit;
		this.permits = permits;
		this.workers = Executors.newFixedThreadPool(permits.max(), r -> {
			Thread thread = new Thread(r, "workspace-job");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Starts the run and answers at once with the job to poll. */
	Status start(Capability<?, ?> capability, Source source, long bytesTotal, RunScope.Owner owner) {
		forgetFinished();
		Job job = new Job(UUID.randomUUID().toString(), capability.kind(), bytesTotal, owner.createdBy());
		jobs.put(job.id, job);
		workers.execute(() -> {
			// the API's permits: pages and scripts together score at most max-concurrent
			// files
			permits.run(() -> {
				job.run(runs, capability, source.observed(job.bytesRead::set), owner);
				return null;
			});
			if (job.runId != null) {
				audited(capability, source, owner, job.runId);
			}
		});
		return job.status();
	}

	/** Runs a file now, on the caller's thread (the form without script). */
	Run<?> runNow(Capability<?, ?> capability, Source source, RunScope.Owner owner) {
		Run<?> run = permits.run(() -> runs.run(capability, source, owner));
		audited(capability, source, owner, run.id());
		return run;
	}

	private void audited(Capability<?, ?> capability, Source source, RunScope.Owner owner, long runId) {
		audit.record(owner.createdBy(), "run.created", capability.kind(), Long.toString(runId), source.name() + " "
				+ source.sha256() + (owner.engagement() == null ? "" : " engagement " + owner.engagement()));
	}

	/** Finished jobs are kept for polling a while, not for ever. */
	private void forgetFinished() {
		if (jobs.size() > MAX_KEPT) {
			jobs.values().removeIf(Job::finished);
		}
	}

	/** The job's status, or null when there is no such job or someone else started it. */
	Status status(String id, String actor) {
		Job job = jobs.get(id);
		return job == null || !job.actor.equals(actor) ? null : job.status();
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	private static final class Job {

		private final String id;

		private final String kind;

		private final long bytesTotal;

		private final String actor;

		private final AtomicLong bytesRead = new AtomicLong();

		private volatile String state = "queued";

		private volatile Long runId;

		private volatile String where;

		private volatile String message;

		Job(String id, String kind, long bytesTotal, String actor) {
			this.actor = actor;
			this.id = id;
			this.kind = kind;
			this.bytesTotal = bytesTotal;
		}

		void run(Runs runs, Capability<?, ?> capability, Source source, RunScope.Owner owner) {
			state = "running";
			try {
				Run<?> run = runs.run(capability, source, owner);
				runId = run.id();
				bytesRead.set(bytesTotal);
				state = "done";
			}
			catch (Refusal ex) {
				where = ex.where();
				message = ex.what() + (ex.accepted() == null ? "" : " (accepted: " + ex.accepted() + ")");
				state = "refused";
			}
			catch (RuntimeException ex) {
				log.warn("workspace job {} of {} failed", id, kind, ex);
				message = "The run failed on the server; the log has the details (job " + id + ").";
				state = "failed";
			}
		}

		boolean finished() {
			return !state.equals("queued") && !state.equals("running");
		}

		Status status() {
			return new Status(id, kind, state, bytesRead.get(), bytesTotal, runId, where, message);
		}

	}

}
