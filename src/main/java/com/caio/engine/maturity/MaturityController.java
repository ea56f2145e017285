package com.caio.engine.maturity;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.storage.UploadStore;
import com.caio.engine.web.StoredJson;
import com.caio.engine.web.InputRefusedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST adapter: upload a survey, fetch a stored assessment, list them. */
@RestController
@RequestMapping("/api/maturity/assessments")
class MaturityController {

	private final MaturityService service;

	private final UploadStore uploads;

	MaturityController(MaturityService service, UploadStore uploads) {
		this.service = service;
		this.uploads = uploads;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaturityReport> create(@RequestParam("file") MultipartFile file) throws IOException {
		UploadStore.Upload upload = uploads.save(file, "upload.csv");
		try {
			MaturityReport report = service.scoreAndStore(upload);
			return ResponseEntity.created(URI.create("/api/maturity/assessments/" + report.id())).body(report);
		}
		catch (CsvFormatException ex) {
			throw new InputRefusedException(upload.originalName(), ex, upload.sha256());
		}
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> get(@PathVariable long id) {
		return StoredJson.response(service.find(id));
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
		return service.list(Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(run -> Map.<String, Object>of("id", run.id(), "fileName", String.valueOf(run.inputName()),
					"fileSha256", String.valueOf(run.inputSha256()), "ruleSetVersion", run.ruleSetVersion(), "scoredAt",
					run.createdAt().toString(), "href", "/api/maturity/assessments/" + run.id()))
			.toList();
	}

}
