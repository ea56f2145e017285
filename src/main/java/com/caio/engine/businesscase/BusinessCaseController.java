package com.caio.engine.businesscase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.caio.engine.storage.UploadStore;
import com.caio.engine.web.StoredJson;
import com.caio.engine.web.BadInputException;
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
 * REST adapter: submit a business case (a JSON or YAML body, or a multipart upload with
 * an optional baseline CSV), fetch it, and download its deck and summary, regenerated
 * from the stored result.
 */
@RestController
@RequestMapping("/api/business-cases")
class BusinessCaseController {

	static final MediaType PPTX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.presentationml.presentation");

	/** A business case is a few kilobytes; anything much larger is not one. */
	private static final int MAX_BYTES = 1 << 20;

	private final BusinessCaseService service;

	private final UploadStore uploads;

	BusinessCaseController(BusinessCaseService service, UploadStore uploads) {
		this.service = service;
		this.uploads = uploads;
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
			MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<BusinessCaseReport> create(@RequestBody(required = false) byte[] body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestParam(required = false) String name) {
		String fileName = name != null ? name
				: MediaType.APPLICATION_JSON.includes(type) ? "business-case.json" : "business-case.yaml";
		// an empty body is refused by the reader, naming what a business case needs
		return created(keep(body == null ? new byte[0] : body, fileName), fileName, null, null);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<BusinessCaseReport> upload(@RequestPart("file") MultipartFile file,
			@RequestPart(name = "baseline", required = false) MultipartFile baseline) throws IOException {
		String name = file.getOriginalFilename() == null ? "business-case.yaml" : file.getOriginalFilename();
		byte[] csv = null;
		String csvName = null;
		if (baseline != null) {
			csvName = baseline.getOriginalFilename() == null ? "baseline.csv" : baseline.getOriginalFilename();
			csv = keep(read(baseline, csvName), csvName);
		}
		return created(keep(read(file, name), name), name, csv, csvName);
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> get(@PathVariable long id) {
		return StoredJson.response(service.find(id));
	}

	@GetMapping("/{id}/deck.pptx")
	ResponseEntity<byte[]> deck(@PathVariable long id) {
		return document(id, PPTX, "business-case-" + id + ".pptx", service::deck);
	}

	@GetMapping("/{id}/summary.pdf")
	ResponseEntity<byte[]> summary(@PathVariable long id) {
		return document(id, MediaType.APPLICATION_PDF, "business-case-" + id + "-summary.pdf", service::summary);
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
		return service.list(Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(run -> Map.<String, Object>of("id", run.id(), "fileName", String.valueOf(run.inputName()),
					"inputSha256", String.valueOf(run.inputSha256()), "ruleSetVersion", run.ruleSetVersion(),
					"evaluatedAt", run.createdAt().toString(), "href", "/api/business-cases/" + run.id()))
			.toList();
	}

	private ResponseEntity<BusinessCaseReport> created(byte[] content, String name, byte[] csv, String csvName) {
		BusinessCaseReport report = service.evaluateAndStore(content, name, csv, csvName);
		return ResponseEntity.created(URI.create("/api/business-cases/" + report.id())).body(report);
	}

	private ResponseEntity<byte[]> document(long id, MediaType type, String fileName,
			Function<BusinessCaseReport, byte[]> render) {
		return service.findReport(id)
			.map(report -> ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.body(render.apply(report)))
			.orElse(ResponseEntity.notFound().build());
	}

	private byte[] keep(byte[] content, String name) {
		if (content.length > MAX_BYTES) {
			throw new BadInputException(name,
					"is " + content.length + " bytes; a business case is at most " + MAX_BYTES);
		}
		uploads.save(new ByteArrayInputStream(content), name);
		return content;
	}

	private static byte[] read(MultipartFile file, String name) throws IOException {
		if (file.getSize() > MAX_BYTES) {
			throw new BadInputException(name,
					"is " + file.getSize() + " bytes; at most " + MAX_BYTES + " are accepted");
		}
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
	}

}
