package com.caio.engine.risk;

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

/**
 * REST adapter: upload a register (optionally with an assessment), fetch a stored ranking
 * and its heatmap.
 */
@RestController
@RequestMapping("/api/risk/registers")
class RiskController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final RiskService service;

	private final UploadStore uploads;

	RiskController(RiskService service, UploadStore uploads) {
		this.service = service;
		this.uploads = uploads;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RiskReport> create(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "assessment", required = false) Long assessment) throws IOException {
		UploadStore.Upload upload = uploads.save(file, "upload.csv");
		String name = upload.originalName();
		try {
			RiskReport report = service.rankAndStore(upload.path(), name, assessment);
			return ResponseEntity.created(URI.create("/api/risk/registers/" + report.id())).body(report);
		}
		catch (CsvFormatException ex) {
			throw new InputRefusedException(name, ex, upload.sha256());
		}
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> get(@PathVariable long id) {
		return StoredJson.response(service.find(id));
	}

	@GetMapping("/{id}/heatmap.svg")
	ResponseEntity<String> svg(@PathVariable long id) {
		return service.findReport(id)
			.map(report -> ResponseEntity.ok().contentType(SVG).body(HeatmapSvg.render(report)))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/{id}/heatmap.png")
	ResponseEntity<byte[]> png(@PathVariable long id) {
		return service.findReport(id)
			.map(report -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(HeatmapPng.render(report)))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
		return service.list(Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(run -> Map.<String, Object>of("id", run.id(), "fileName", String.valueOf(run.inputName()),
					"fileSha256", String.valueOf(run.inputSha256()), "ruleSetVersion", run.ruleSetVersion(), "rankedAt",
					run.createdAt().toString(), "href", "/api/risk/registers/" + run.id()))
			.toList();
	}

}
