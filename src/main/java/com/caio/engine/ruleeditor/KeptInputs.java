package com.caio.engine.ruleeditor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.run.Capability;
import com.caio.engine.run.InputRecorder;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.UploadStore;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records what each run read besides its upload (options, attachments, whether it was a
 * command-line file), and rebuilds the source of a stored run from the upload store, or
 * says why it cannot (409): a command-line file was never kept, an upload was purged, a
 * run stored before its options were recorded.
 */
@Component
class KeptInputs implements InputRecorder {

	private static final String INPUT = "input";

	private static final String OPTION = "option";

	private static final String ATTACHMENT = "attachment";

	private final JdbcClient jdbc;

	private final UploadStore uploads;

	KeptInputs(JdbcClient jdbc, UploadStore uploads) {
		this.jdbc = jdbc;
		this.uploads = uploads;
	}

	@Override
	public void record(Run<?> run, Source source) {
		insert(run, INPUT, source.local() ? "file" : "upload", source.name(), source.sha256());
		source.options().forEach((name, value) -> insert(run, OPTION, name, value, null));
		source.attachments().forEach((name, file) -> insert(run, ATTACHMENT, name, file.name(), file.sha256()));
	}

	private void insert(Run<?> run, String part, String name, String value, String sha256) {
		jdbc.sql("INSERT INTO run_input_part (kind, run_id, part, name, val, sha256) "
				+ "VALUES (:kind, :id, :part, :name, :val, :sha)")
			.param("kind", run.kind())
			.param("id", run.id())
			.param("part", part)
			.param("name", name)
			.param("val", value == null ? null : value.length() > 1000 ? value.substring(0, 1000) : value)
			.param("sha", sha256)
			.update();
	}

	private record Part(String part, String name, String value, String sha256) {
	}

	/**
	 * The source the run read, rebuilt from the kept uploads; refused with 409 if not.
	 */
	Source source(Capability<?, ?> capability, Run<?> run) {
		List<Part> parts = jdbc
			.sql("SELECT part, name, val, sha256 FROM run_input_part "
					+ "WHERE kind = :kind AND run_id = :id ORDER BY part, name")
			.param("kind", run.kind())
			.param("id", run.id())
			.query((rs, n) -> new Part(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		String what = run.kind() + " run " + run.id();
		if (parts.isEmpty() && !(capability.options().isEmpty() && capability.attachments().isEmpty())) {
			throw notKept(what + " was stored before its options and attachments were recorded, so it cannot be "
					+ "re-run as it was; upload " + run.input().name() + " again");
		}
		if (parts.stream().anyMatch(p -> p.part().equals(INPUT) && p.name().equals("file"))) {
			throw notKept(what + " read " + run.input().name() + " on the command line: the server never kept that "
					+ "file (nor the files beside it); upload it to have a run that can be re-run");
		}
		Map<String, String> options = new LinkedHashMap<>();
		Map<String, Source> attachments = new LinkedHashMap<>();
		for (Part part : parts) {
			if (part.part().equals(OPTION)) {
				options.put(part.name(), part.value());
			}
			else if (part.part().equals(ATTACHMENT)) {
				attachments.put(part.name(),
						Source.upload(kept(what, part.sha256(), part.value()), Map.of(), Map.of()));
			}
		}
		return Source.upload(kept(what, run.input().sha256(), run.input().name()), options, attachments);
	}

	private UploadStore.Upload kept(String what, String sha256, String name) {
		return uploads.find(sha256, name)
			.orElseThrow(() -> notKept(what + " read " + name + " (SHA-256 " + sha256
					+ "), which the upload store no longer keeps (purged by retention, or never uploaded)"));
	}

	private static EditorProblem notKept(String detail) {
		return new EditorProblem(HttpStatus.CONFLICT, "Input not kept", detail);
	}

}
