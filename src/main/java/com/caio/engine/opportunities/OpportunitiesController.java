package com.caio.engine.opportunities;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.opportunities.render.OpportunitiesDocuments;
import com.caio.engine.storage.UploadStore;
import com.caio.engine.web.BadInputException;
import com.caio.engine.web.InputRefusedException;
import com.caio.engine.web.StoredJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST adapter: upload a backlog ({@code file}), an MVP plan ({@code plan}) or both;
 * fetch a stored run and its documents.
 */
@RestController
@RequestMapping("/api/opportunities")
class OpportunitiesController {

	private final OpportunitiesService service;

	private final UploadStore uploads;

	OpportunitiesController(OpportunitiesService service, UploadStore uploads) {
		this.service = service;
		this.uploads = uploads;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<OpportunitiesService.Run> create(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "plan", required = false) MultipartFile plan,
			@RequestParam(name = "method", required = false) String method) throws IOException {
		if (file == null && plan == null) {
			throw new BadInputException("file",
					"send a backlog as 'file' (CSV or YAML), an MVP plan as 'plan' (YAML), or both");
		}
		UploadStore.Upload backlog = file == null ? null : uploads.save(file, "backlog.csv");
		UploadStore.Upload mvp = plan == null ? null : uploads.save(plan, "mvp-plan.yaml");
		try {
			OpportunitiesService.Run run = service.assessAndStore(input(backlog), input(mvp), method);
			return ResponseEntity.created(URI.create("/api/opportunities/" + run.id())).body(run);
		}
		catch (CsvFormatException ex) {
			throw new InputRefusedException(backlog.originalName(), ex, backlog.sha256());
		}
	}

	private static OpportunitiesService.Input input(UploadStore.Upload upload) {
		return upload == null ? null : new OpportunitiesService.Input(upload.path(), upload.originalName());
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> get(@PathVariable long id) {
		return StoredJson.response(service.find(id));
	}

	@GetMapping("/{id}/{document}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String document) {
		return service.findRun(id)
			.flatMap(run -> OpportunitiesDocuments.render(run, document))
			.map(d -> ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType())).body(d.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
		return service.list(Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(run -> Map.<String, Object>of("id", run.id(), "inputName", String.valueOf(run.inputName()),
					"inputSha256", String.valueOf(run.inputSha256()), "ruleSetVersion", run.ruleSetVersion(),
					"assessedAt", run.createdAt().toString(), "href", "/api/opportunities/" + run.id()))
			.toList();
	}

}
