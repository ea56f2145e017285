package com.caio.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.common.BadInputException;
import com.caio.engine.common.BoundedInput;
import com.caio.engine.common.Refusal;
import com.caio.engine.security.Access;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import com.caio.engine.storage.RunStore;
import com.caio.engine.storage.UploadStore;
import tools.jackson.databind.util.RawValue;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The REST API every capability has: {@code POST /api/{kind}} (a multipart upload with
 * the file as {@code file}, or the input as the request body), {@code GET /api/{kind}},
 * {@code GET /api/{kind}/{id}} and {@code GET /api/{kind}/{id}/{document}}. Uploads and
 * bodies are streamed to the upload store, which hashes them once. A run is made in an
 * engagement with {@code ?engagement=ID} (members only); the caller sees only the runs
 * {@link Access#runs} allows, and any other id is answered 404 as a missing one.
 */
@RestController
@RequestMapping("/api/{kind}")
class RunController {

	private final Runs runs;

	private final UploadStore uploads;

	private final BodyLimits limits;

	private final Access access;

	RunController(Runs runs, UploadStore uploads, BodyLimits limits, Access access) {
		this.runs = runs;
		this.uploads = uploads;
		this.limits = limits;
		this.access = access;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Created> upload(@PathVariable String kind, MultipartHttpServletRequest request,
			@RequestParam(required = false) Long engagement, Authentication auth) throws IOException {
		Capability<?, ?> capability = runs.capability(kind);
		// membership is checked before the upload is read
		RunScope.Owner owner = access.owner(auth, engagement);
		MultipartFile file = request.getFile("file");
		if (file == null) {
			throw new BadInputException("file", "missing multipart part 'file' (send the input as 'file')");
		}
		Map<String, Source> attachments = new LinkedHashMap<>();
		for (String name : capability.attachments()) {
			MultipartFile part = request.getFile(name);
			if (part != null) {
				attachments.put(name, Source.upload(uploads.save(part, name), Map.of(), Map.of()));
			}
		}
		return create(capability, uploads.save(file, kind + ".csv"), options(capability, request), attachments, owner);
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
			MediaType.TEXT_PLAIN_VALUE, "text/csv" })
	ResponseEntity<Created> body(@PathVariable String kind, HttpServletRequest request,
			@RequestParam(required = false) String name, @RequestParam(required = false) Long engagement,
			Authentication auth) throws IOException {
		Capability<?, ?> capability = runs.capability(kind);
		RunScope.Owner owner = access.owner(auth, engagement);
		MediaType type = MediaType.parseMediaType(request.getContentType());
		String fileName = name != null ? name : kind + (MediaType.APPLICATION_JSON.includes(type) ? ".json"
				: type.getSubtype().equals("csv") ? ".csv" : ".yaml");
		// counted while it arrives: a body over its kind's limit is refused (413) at
		// that byte
		try (InputStream in = BoundedInput.limit(request.getInputStream(), limits.of(kind), fileName)) {
			return create(capability, uploads.save(in, fileName), options(capability, request), Map.of(), owner);
		}
	}

	@GetMapping
	List<Listed> list(@PathVariable String kind, @RequestParam(defaultValue = "100") int limit, Authentication auth) {
		return runs.list(kind, limit, access.runs(auth)).stream().map(Listed::of).toList();
	}

	@GetMapping("/{id}")
	Run<?> find(@PathVariable String kind, @PathVariable long id, Authentication auth) {
		return runs.find(kind, id, access.runs(auth));
	}

	@GetMapping("/{id}/{document}")
	ResponseEntity<byte[]> document(@PathVariable String kind, @PathVariable long id, @PathVariable String document,
			Authentication auth) {
		Runs.Rendered rendered = runs.document(kind, id, document, access.runs(auth));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(rendered.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(rendered.fileName()).build().toString())
			.body(rendered.bytes());
	}

	private ResponseEntity<Created> create(Capability<?, ?> capability, UploadStore.Upload upload,
			Map<String, String> options, Map<String, Source> attachments, RunScope.Owner owner) {
		try {
			RunStore.Stored<?> stored = runs.runStored(capability, Source.upload(upload, options, attachments), owner);
			Run<?> run = stored.run();
			return ResponseEntity.created(URI.create("/api/" + run.kind() + "/" + run.id())).body(Created.of(stored));
		}
		catch (Refusal ex) {
			throw ex.withUpload(upload.sha256());
		}
	}

	private static Map<String, String> options(Capability<?, ?> capability, HttpServletRequest request) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String option : capability.options()) {
			String value = request.getParameter(option);
			if (value != null) {
				options.put(option, value);
			}
		}
		return options;
	}

	/**
	 * A run just made, as {@link Run} is written, with the result as the JSON just stored
	 * (serialised once, for the database and the answer alike); a result too large to
	 * keep as a string is serialised again.
	 */
	record Created(long id, String kind, java.time.Instant at, String ruleSetVersion, Run.Input input, Object result) {

		static Created of(RunStore.Stored<?> stored) {
			Run<?> run = stored.run();
			return new Created(run.id(), run.kind(), run.at(), run.ruleSetVersion(), run.input(),
					stored.resultJson() == null ? run.result() : new RawValue(stored.resultJson()));
		}
	}

	/** A run in a listing: the envelope without the result, and its link. */
	record Listed(long id, String kind, java.time.Instant at, String ruleSetVersion, Run.Input input, String href) {

		static Listed of(Run<?> run) {
			return new Listed(run.id(), run.kind(), run.at(), run.ruleSetVersion(), run.input(),
					"/api/" + run.kind() + "/" + run.id());
		}
	}

}
