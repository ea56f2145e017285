package com.caio.engine.workspace;

import java.util.List;

import com.caio.engine.run.Runs;
import com.caio.engine.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's front page ({@code GET /}): every capability, and where to go next. */
@Controller
class HomePage {

	/** A capability as its card shows it. */
	record Card(String kind, String label, String about, String href, int runs) {
	}

	private final Runs runs;

	private final Access access;

	HomePage(Runs runs, Access access) {
		this.runs = runs;
		this.access = access;
	}

	@GetMapping("/")
	String home(Authentication auth, Model model) {
		var scope = access.runs(auth);
		List<Card> cards = runs.capabilities()
			.stream()
			.map(c -> new Card(c.kind(), Labels.capability(c.kind()), Labels.about(c.kind()), "/w/" + c.kind(),
					runs.list(c.kind(), 1000, scope).size()))
			.toList();
		model.addAttribute("cards", cards);
		return "workspace/home";
	}

}
