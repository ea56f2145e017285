package com.caio.engine.engagement;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.caio.engine.engagement.model.EngagementRecord;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.render.StatusPdf;
import com.caio.engine.common.BadInputException;
import com.caio.engine.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * REST adapter of engagements: import a file, add one record, read it back, its status as
 * of a day (JSON or a one-page PDF), and the verification of its hash chain. Only
 * administrators import; only members (and administrators) see or add to an engagement,
 * and any other id is answered 404 as a missing one.
 */
@RestController
@RequestMapping("/api/engagements")
class EngagementController {

	private final EngagementService service;

	private final EngagementFileReader files;

	private final Access access;

	EngagementController(EngagementService service, EngagementFileReader files, Access access) {
		this.service = service;
		this.files = files;
		this.access = access;
	}

	/** The engagements the caller may see. */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<EngagementService.Listed> list(Authentication auth) {
		return service.list(access.engagementsOf(auth));
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml" })
	ResponseEntity<EngagementService.Imported> importFile(@RequestBody String body,
			@RequestHeader("Content-Type") String contentType) {
		JsonNode tree = files.tree(body, contentType.contains("yaml"));
		EngagementService.Imported imported = service.importTree(tree);
		return ResponseEntity.created(URI.create("/api/engagements/" + imported.id())).body(imported);
	}

	@PostMapping(value = "/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> add(@PathVariable long id, @RequestBody String body, Authentication auth) {
		access.requireMember(auth, id);
		EngagementRecord record = service.append(id, files.tree(body, false));
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("engagement", id, "id", record.id()));
	}

	@GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode get(@PathVariable long id, Authentication auth) {
		access.requireMember(auth, id);
		return service.view(id);
	}

	@GetMapping(value = "/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	EngagementStatus status(@PathVariable long id, @RequestParam(required = false) String asOf, Authentication auth) {
		access.requireMember(auth, id);
		return service.status(id, date(asOf));
	}

	@GetMapping(value = "/{id}/status.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> statusPdf(@PathVariable long id, @RequestParam(required = false) String asOf,
			Authentication auth) {
		access.requireMember(auth, id);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		StatusPdf.render(service.status(id, date(asOf)), pdf);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"engagement-" + id + "-status.pdf\"")
			.body(pdf.toByteArray());
	}

	@GetMapping(value = "/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	HashChain.Verdict audit(@PathVariable long id, Authentication auth) {
		access.requireMember(auth, id);
		return service.audit(id);
	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadInputException("asOf", "'" + text + "' is not a date; expected YYYY-MM-DD");
		}
	}

}
