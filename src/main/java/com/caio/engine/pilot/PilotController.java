package com.caio.engine.pilot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.caio.engine.common.BadInputException;
import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import com.caio.engine.run.Source;
import com.caio.engine.security.Access;
import com.caio.engine.storage.RunScope;
import com.caio.engine.storage.UploadStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST adapter of what is bespoke to a pilot: create it from a plan, evaluate it, record
 * the steering decision, fetch it and its report. The plan alone is also
 * {@code POST /api/pilot} like every capability. A pilot is scoped as its plan run: made
 * in an engagement with {@code ?engagement=ID} (members only), else its maker's; any
 * other id is answered 404 as a missing one.
 */
@RestController
@RequestMapping("/api/pilots")
class PilotController {

	private final PilotService service;

	private final PilotInputs inputs;

	private final UploadStore uploads;

	private final Access access;

	PilotController(PilotService service, PilotInputs inputs, UploadStore uploads, Access access) {
		this.service = service;
		this.inputs = inputs;
		this.uploads = uploads;
		this.access = access;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PilotView> create(HttpServletRequest request, @RequestParam(required = false) Long engagement,
			Authentication auth) throws IOException {
		RunScope.Owner owner = access.owner(auth, engagement);
		UploadStore.Upload upload;
		try (InputStream in = request.getInputStream()) {
			upload = uploads.save(in, "pilot.json");
		}
		PilotView pilot;
		try {
			pilot = service.create(Source.upload(upload, Map.of(), Map.of()), owner);
		}
		catch (Refusal ex) {
			throw ex.withUpload(upload.sha256());
		}
		return ResponseEntity.created(URI.create("/api/pilots/" + pilot.id())).body(pilot);
	}

	@PostMapping(value = "/{id}/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
	PilotEvaluation evaluate(@PathVariable long id, @RequestBody String body, Authentication auth) {
		visible(id, auth);
		return service.evaluatePilot(id, inputs.readJson(body, EvaluationInput.class));
	}

	@PostMapping(value = "/{id}/evaluation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PilotEvaluation evaluateUnits(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String closedOn, @RequestParam(required = false) List<String> learnedRisks,
			Authentication auth) throws IOException {
		visible(id, auth);
		UploadStore.Upload upload = uploads.save(file, "units.csv");
		LocalDate closed = date("closedOn", closedOn);
		try {
			return service.evaluatePilotUnits(id, Source.upload(upload, Map.of(), Map.of()), closed,
					learnedRisks == null ? List.of() : learnedRisks);
		}
		catch (Refusal ex) {
			throw ex.inFile(upload.originalName()).withUpload(upload.sha256());
		}
	}

	@PostMapping(value = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SteeringDecision> decide(@PathVariable long id, @RequestBody String body, Authentication auth) {
		visible(id, auth);
		SteeringDecision decision = service.decide(id, inputs.readJson(body, SteeringInput.class));
		return ResponseEntity.status(HttpStatus.CREATED).body(decision);
	}

	@GetMapping("/{id}")
	PilotView get(@PathVariable long id, Authentication auth) {
		visible(id, auth);
		return service.view(id).orElseThrow(() -> new NotFoundException("no pilot with id " + id));
	}

	@GetMapping("/{id}/report")
	PilotReport report(@PathVariable long id, Authentication auth) {
		visible(id, auth);
		return service.report(id).orElseThrow(() -> notEvaluated(id));
	}

	@GetMapping(value = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, Authentication auth) {
		visible(id, auth);
		PilotReport report = service.report(id).orElseThrow(() -> notEvaluated(id));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PilotPdf.render(report, pdf);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"pilot-" + id + "-report.pdf\"")
			.body(pdf.toByteArray());
	}

	private void visible(long id, Authentication auth) {
		service.requireVisible(id, access.runs(auth));
	}

	private NotFoundException notEvaluated(long id) {
		return new NotFoundException(service.view(id).isPresent()
				? "pilot " + id + " has no evaluation yet; POST /api/pilots/" + id + "/evaluation first"
				: "no pilot with id " + id);
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
