package com.caio.engine.onboarding;

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
 * REST adapter: submit a 90-day plan input (a JSON or YAML body, or a multipart upload),
 * fetch the plan, download its Gantt chart (SVG, PNG), workbook, PDF and calendar,
 * regenerated from the stored result.
 */
@RestController
@RequestMapping("/api/onboarding")
class OnboardingController {

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType ICS = MediaType.parseMediaType("text/calendar; charset=utf-8");

	private static final int MAX_BYTES = 1 << 20;

	private final OnboardingService service;

	OnboardingController(OnboardingService service) {
		this.service = service;
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
			MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<OnboardingReport> create(@RequestBody byte[] body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestParam(required = false) String name) {
		String fileName = name != null ? name
				: MediaType.APPLICATION_JSON.includes(type) ? "onboarding.json" : "onboarding.yaml";
		return created(checked(body, fileName), fileName);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<OnboardingReport> upload(@RequestPart("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null ? "onboarding.yaml" : file.getOriginalFilename();
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

	@GetMapping("/{id}/gantt.svg")
	ResponseEntity<byte[]> gantt(@PathVariable long id) {
		return document(id, SVG, "plan-" + id + "-gantt.svg", service::ganttSvg);
	}

	@GetMapping("/{id}/gantt.png")
	ResponseEntity<byte[]> ganttPng(@PathVariable long id) {
		return document(id, MediaType.IMAGE_PNG, "plan-" + id + "-gantt.png", service::ganttPng);
	}

	@GetMapping("/{id}/plan.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long id) {
		return document(id, XLSX, "plan-" + id + ".xlsx", service::workbook);
	}

	@GetMapping("/{id}/plan.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return document(id, MediaType.APPLICATION_PDF, "plan-" + id + ".pdf", service::pdf);
	}

	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		return document(id, ICS, "plan-" + id + ".ics", service::calendar);
	}

	@GetMapping
	List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit) {
		return service.list(Math.min(Math.max(limit, 1), 1000))
			.stream()
			.map(run -> Map.<String, Object>of("id", run.id(), "fileName", String.valueOf(run.inputName()),
					"ruleSetVersion", run.ruleSetVersion(), "evaluatedAt", run.createdAt().toString(), "href",
					"/api/onboarding/" + run.id()))
			.toList();
	}

	private ResponseEntity<OnboardingReport> created(byte[] content, String name) {
		OnboardingReport report = service.planAndStore(content, name);
		return ResponseEntity.created(URI.create("/api/onboarding/" + report.id())).body(report);
	}

	private ResponseEntity<byte[]> document(long id, MediaType type, String fileName,
			Function<OnboardingReport, byte[]> render) {
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
