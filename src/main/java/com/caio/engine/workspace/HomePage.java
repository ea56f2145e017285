package com.caio.engine.workspace;

import java.util.List;

import com.caio.engine.run.Runs;
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

	HomePage(Runs runs) {
		this.runs = runs;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Card> cards = runs.capabilities()
			.stream()
			.map(c -> new Card(c.kind(), Labels.capability(c.kind()), Labels.about(c.kind()), "/w/" + c.kind(),
					runs.list(c.kind(), 1000).size()))
			.toList();
		model.addAttribute("cards", cards);
		return "workspace/home";
	}

}
