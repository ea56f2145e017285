package com.caio.engine.pilot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.storage.UploadStore;
import com.caio.engine.web.BadInputException;
import com.caio.engine.web.InputRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST adapter of the pilot lifecycle: plan, evaluate, record the steering decision,
 * fetch, report.
 */
@RestController
@RequestMapping("/api/pilots")
class PilotController {

	private final PilotService service;

	private final PilotInputs inputs;

	private final UploadStore uploads;

	PilotController(PilotService service, PilotInputs inputs, UploadStore uploads) {
		this.service = service;
		this.inputs = inputs;
		this.uploads = uploads;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PlannedPilot> create(@RequestBody String body) {
		PlannedPilot pilot = service.create(inputs.readJson(body, PilotRequest.class));
		return ResponseEntity.created(URI.create("/api/pilots/" + pilot.id())).body(pilot);
	}

	@PostMapping(value = "/{id}/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
	PilotEvaluation evaluate(@PathVariable long id, @RequestBody String body) {
		return service.evaluatePilot(id, inputs.readJson(body, EvaluationInput.class));
	}

	@PostMapping(value = "/{id}/evaluation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PilotEvaluation evaluateUnits(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String closedOn, @RequestParam(required = false) List<String> learnedRisks)
			throws IOException {
		UploadStore.Upload upload = uploads.save(file, "units.csv");
		String name = upload.originalName();
		LocalDate closed = date("closedOn", closedOn);
		try (InputStream in = Files.newInputStream(upload.path())) {
			return service.evaluatePilotUnits(id, in, name, closed, learnedRisks == null ? List.of() : learnedRisks);
		}
		catch (CsvFormatException ex) {
			throw new InputRefusedException(name, ex, upload.sha256());
		}
	}

	@PostMapping(value = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SteeringDecision> decide(@PathVariable long id, @RequestBody String body) {
		SteeringDecision decision = service.decide(id, inputs.readJson(body, SteeringInput.class));
		return ResponseEntity.status(HttpStatus.CREATED).body(decision);
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> get(@PathVariable long id) {
		return service.view(id)
			.map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body))
			.orElseThrow(() -> new PilotNotFoundException(id));
	}

	@GetMapping(value = "/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
	PilotReport report(@PathVariable long id) {
		return service.report(id).orElseThrow(() -> notEvaluated(id));
	}

	@GetMapping(value = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
		PilotReport report = service.report(id).orElseThrow(() -> notEvaluated(id));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PilotPdf.render(report, pdf);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"pilot-" + id + "-report.pdf\"")
			.body(pdf.toByteArray());
	}

	@ExceptionHandler(PilotNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(PilotNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	private PilotNotFoundException notEvaluated(long id) {
		return service.view(id).isPresent()
				? new PilotNotFoundException(
						"pilot " + id + " has no evaluation yet; POST /api/pilots/" + id + "/evaluation first")
				: new PilotNotFoundException(id);
	}

	private static LocalDate date(String field, String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadInputException(field, "'" + text + "' is not a date; expected YYYY-MM-DD");
		}
	}

}
