package com.caio.engine.economics;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.caio.engine.web.BadInputException;
import com.caio.engine.web.StoredJson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST adapter: submit engagement economics (a JSON or YAML body, or a multipart upload),
 * fetch the result, download the proposal (DOCX, PDF) and the cost-benefit summary (PDF),
 * regenerated from the stored result.
 */
@RestController
@RequestMapping("/api/economics")
class EconomicsController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private static final int MAX_BYTES = 1 << 20;

	private final EconomicsService service;

	EconomicsController(EconomicsService service) {
		this.service = service;
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
			MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<EconomicsReport> create(@RequestBody byte[] body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestParam(required = false) String name) {
		String fileName = name != null ? name
				: MediaType.APPLICATION_JSON.includes(type) ? "economics.json" : "economics.yaml";
		return created(checked(body, fileName), fileName);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EconomicsReport> upload(@RequestPart("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null ? "economics.yaml" : file.getOriginalFilename();
		if (file.getSize() > MAX_BYTES) {
			throw new BadInputException(name, "is " + file.getSize() + " bytes; at most " + MAX_BYTES);
		}
		try (InputStream in = file.getInputStream()) {
			return created(in.readAllBytes(), name);
		}
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> get(@PathVariable long id) {
		return StoredJson.response(service.find(id));
	}

	@GetMapping("/{id}/proposal.docx")
	ResponseEntity<byte[]> proposalDocx(@PathVariable long id) {
		return document(id, DOCX, "proposal-" + id + ".docx", service::proposalDocx);
	}

	@GetMapping("/{id}/proposal.pdf")
	ResponseEntity<byte[]> proposalPdf(@PathVariable long id) {
		return document(id, MediaType.APPLICATION_PDF, "proposal-" + id + ".pdf", service::proposalPdf);
	}

	@GetMapping("/{id}/summary.pdf")
	ResponseEntity<byte[]> summary(@PathVariable long id) {
		return document(id, MediaType.APPLICATION_PDF, "cost-benefit-" + id + ".pdf", service::summaryPdf);
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
		return service.list(Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(run -> Map.<String, Object>of("id", run.id(), "fileName", String.valueOf(run.inputName()),
					"ruleSetVersion", run.ruleSetVersion(), "evaluatedAt", run.createdAt().toString(), "href",
					"/api/economics/" + run.id()))
			.toList();
	}

	private ResponseEntity<EconomicsReport> created(byte[] content, String name) {
		EconomicsReport report = service.assessAndStore(content, name);
		return ResponseEntity.created(URI.create("/api/economics/" + report.id())).body(report);
	}

	private ResponseEntity<byte[]> document(long id, MediaType type, String fileName,
			Function<EconomicsReport, byte[]> render) {
		return service.findReport(id)
			.map(report -> ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.body(render.apply(report)))
			.orElse(ResponseEntity.notFound().build());
	}

	private static byte[] checked(byte[] content, String name) {
		if (content.length > MAX_BYTES) {
			throw new BadInputException(name, "is " + content.length + " bytes; at most " + MAX_BYTES);
		}
		return content;
	}

}
