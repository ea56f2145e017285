package com.caio.engine.run;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each capability takes and gives, for scripts and the remote command line: its
 * options (form fields), its attachments (further files, multipart parts of that name)
 * and the documents of a stored run.
 */
@RestController
class CapabilitiesController {

	/** One capability's description. */
	record Description(String kind, List<String> options, List<String> attachments, List<String> documents) {
	}

	private final Runs runs;

	CapabilitiesController(Runs runs) {
		this.runs = runs;
	}

	@GetMapping("/api/capabilities")
	List<Description> capabilities() {
		return runs.capabilities()
			.stream()
			.map(c -> new Description(c.kind(), c.options().stream().sorted().toList(),
					c.attachments().stream().sorted().toList(), runs.documentNames(c)))
			.toList();
	}

}
