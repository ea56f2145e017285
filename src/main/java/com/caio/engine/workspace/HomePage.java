package com.caio.engine.workspace;

import java.util.List;
import java.util.Map;

import com.caio.engine.run.Runs;
import com.caio.engine.security.Access;
import com.caio.engine.storage.RunStore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's front page ({@code GET /}): every capability, and where to go next. */
@Controller
class HomePage {

	/** A capability as its card shows it. */
	record Card(String kind, String label, String about, String href, long runs) {
	}

	private final Runs runs;

	private final RunStore store;

	private final Access access;

	HomePage(Runs runs, RunStore store, Access access) {
		this.runs = runs;
		this.store = store;
		this.access = access;
	}

	@GetMapping("/")
	String home(Authentication auth, Model model) {
		// one query counts every capability's runs, rather than listing each one's
		Map<String, Long> counts = store.counts(access.runs(auth));
		List<Card> cards = runs.capabilities()
			.stream()
			.map(c -> new Card(c.kind(), Labels.capability(c.kind()), Labels.about(c.kind()), "/w/" + c.kind(),
					counts.getOrDefault(c.kind(), 0L)))
			.toList();
		model.addAttribute("cards", cards);
		return "workspace/home";
	}

}
