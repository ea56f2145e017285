package com.caio.engine.ruleeditor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.caio.engine.rules.EditableTable;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Access;
import com.caio.engine.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's pages under {@code /w/rules/editor}: the rule bases and their drafts; a
 * draft's decision table as a grid (header rows locked, data rows editable, rows added,
 * removed and moved by the server so the forms work without script) and its DRL files
 * with the compiler's messages at their lines; preview, publish, discard, and the lock.
 */
@Controller
class EditorPages {

	private final Drafts drafts;

	private final DraftEditing editing;

	private final Preview preview;

	private final RuleRuntime runtime;

	private final DraftFeatures features;

	private final Access access;

	EditorPages(Drafts drafts, DraftEditing editing, Preview preview, RuleRuntime runtime, DraftFeatures features,
			Access access) {
		this.drafts = drafts;
		this.editing = editing;
		this.preview = preview;
		this.runtime = runtime;
		this.features = features;
		this.access = access;
	}

	/** A rule base and who holds its draft, if anyone. */
	public record Base(String folder, String holder, java.time.Instant since) {
	}

	@GetMapping("/w/rules/editor")
	String bases(@RequestParam(required = false) String published, Authentication auth, Model model) {
		access.requireRole(auth, Role.RULE_EDITOR, Role.ADMIN);
		List<Base> bases = new ArrayList<>();
		for (String folder : drafts.folders()) {
			Optional<Drafts.Draft> draft = drafts.find(folder);
			bases.add(new Base(folder, draft.map(Drafts.Draft::holder).orElse(null),
					draft.map(Drafts.Draft::since).orElse(null)));
		}
		model.addAttribute("bases", bases);
		model.addAttribute("published", published);
		return "rules-editor/bases";
	}

	@GetMapping("/w/rules/editor/{folder}")
	String draft(@PathVariable String folder, @RequestParam(required = false) String file, Authentication auth,
			Model model, HttpServletResponse response) {
		return show(folder, file, auth, model, response, null);
	}

	@PostMapping("/w/rules/editor/{folder}/grid")
	String saveGrid(@PathVariable String folder, @RequestParam String file,
			@RequestParam(name = "cell", required = false) List<String> cells,
			@RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "") String comment,
			@RequestParam(required = false) String override, Authentication auth, Model model,
			HttpServletResponse response) {
		String user = editor(auth);
		Drafts.Draft draft = drafts.open(folder, user);
		GridForm grid = GridForm.of(rows(file, draft.files().get(file)))
			.with(cells == null ? List.of() : cells, action);
		if (action.equals("add")) {
			return show(folder, file, auth, model, response, grid);
		}
		try {
			editing.saveGrid(folder, file, grid.sheet(), user);
			if (action.equals("publish")) {
				return "redirect:/w/rules/editor?published="
						+ editing.publish(folder, user, comment, given(override), access.isAdmin(auth)).version();
			}
			model.addAttribute("notice", "Saved to your draft. Preview it, then publish.");
			return show(folder, file, auth, model, response, null);
		}
		catch (EditorProblem ex) {
			model.addAttribute("refusal", (action.equals("publish") ? "Not published: " : "") + ex.getMessage());
			model.addAttribute("refusalMessages", ex.properties().getOrDefault("messages", List.of()));
			model.addAttribute("cellErrors", cellErrors(ex));
			response.setStatus(ex.status().value());
			return show(folder, file, auth, model, response, grid);
		}
	}

	@PostMapping("/w/rules/editor/{folder}/text")
	String saveText(@PathVariable String folder, @RequestParam String file, @RequestParam String text,
			Authentication auth, Model model, HttpServletResponse response) {
		String user = editor(auth);
		try {
			editing.save(folder, file, text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8), user,
					access.isAdmin(auth));
			model.addAttribute("notice", "Saved to your draft.");
		}
		catch (EditorProblem ex) {
			model.addAttribute("refusal", ex.getMessage());
			response.setStatus(ex.status().value());
		}
		return show(folder, file, auth, model, response, null);
	}

	@PostMapping("/w/rules/editor/{folder}/preview")
	String preview(@PathVariable String folder, @RequestParam(required = false) String file, Authentication auth,
			Model model, HttpServletResponse response) {
		Drafts.Draft draft = drafts.open(folder, editor(auth));
		model.addAttribute("preview", preview.of(folder, drafts.wholeSet(draft)));
		return show(folder, file, auth, model, response, null);
	}

	@PostMapping("/w/rules/editor/{folder}/publish")
	String publish(@PathVariable String folder, @RequestParam(required = false) String file,
			@RequestParam(defaultValue = "") String comment, @RequestParam(required = false) String override,
			Authentication auth, Model model, HttpServletResponse response) {
		try {
			DraftEditing.Published published = editing.publish(folder, editor(auth), comment, given(override),
					access.isAdmin(auth));
			return "redirect:/w/rules/editor?published=" + published.version();
		}
		catch (EditorProblem ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("refusalMessages", ex.properties().getOrDefault("messages", List.of()));
			response.setStatus(ex.status().value());
			return show(folder, file, auth, model, response, null);
		}
	}

	/** Starts the acceptance features on the draft; the page then polls their state. */
	@PostMapping("/w/rules/editor/{folder}/features")
	String runFeatures(@PathVariable String folder, @RequestParam(required = false) String file, Authentication auth) {
		features.start(folder, editor(auth), access.isAdmin(auth));
		return "redirect:/w/rules/editor/" + folder
				+ (file == null ? "" : "?file=" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8))
				+ "#features";
	}

	/** The acceptance features' panel alone, as the page polls it while they run. */
	@GetMapping("/w/rules/editor/{folder}/features")
	String featuresPanel(@PathVariable String folder, @RequestParam(required = false) String file, Authentication auth,
			Model model) {
		Drafts.Draft draft = drafts.open(folder, editor(auth));
		model.addAttribute("folder", folder);
		model.addAttribute("file", file);
		model.addAttribute("isAdmin", access.isAdmin(auth));
		FeatureCheck check = features.of(draft);
		model.addAttribute("features", check);
		model.addAttribute("gate", features.refusal(draft, check).orElse(null));
		return "rules-editor/features :: update";
	}

	@PostMapping("/w/rules/editor/{folder}/discard")
	String discard(@PathVariable String folder, Authentication auth) {
		drafts.discard(folder, editor(auth), access.isAdmin(auth));
		return "redirect:/w/rules/editor";
	}

	@PostMapping("/w/rules/editor/{folder}/break")
	String breakLock(@PathVariable String folder, Authentication auth) {
		access.requireRole(auth, Role.ADMIN);
		drafts.breakLock(folder, auth.getName());
		return "redirect:/w/rules/editor/" + folder;
	}

	private String show(String folder, String file, Authentication auth, Model model, HttpServletResponse response,
			GridForm posted) {
		String user = editor(auth);
		model.addAttribute("folder", folder);
		model.addAttribute("isAdmin", access.isAdmin(auth));
		Drafts.Draft draft;
		try {
			draft = drafts.open(folder, user);
		}
		catch (EditorProblem ex) {
			if (ex.status() != org.springframework.http.HttpStatus.CONFLICT) {
				throw ex;
			}
			response.setStatus(ex.status().value());
			model.addAttribute("locked", ex.properties());
			model.addAttribute("refusal", ex.getMessage());
			return "rules-editor/draft";
		}
		String shown = file != null && draft.files().containsKey(file) ? file : defaultFile(draft);
		model.addAttribute("draft", draft);
		model.addAttribute("file", shown);
		model.addAttribute("changedUnder", editing.changedUnder(draft).orElse(null));
		FeatureCheck check = features.of(draft);
		model.addAttribute("features", check);
		model.addAttribute("gate", features.refusal(draft, check).orElse(null));
		model.addAttribute("files", draft.files().keySet());
		RuleFile.Kind kind = RuleFile.kindOf(shown);
		model.addAttribute("kind", kind.name());
		byte[] content = draft.files().get(shown);
		if (kind == RuleFile.Kind.DECISION_TABLE_CSV
				|| (kind == RuleFile.Kind.DECISION_TABLE_XLSX && XlsxTable.isWorkbook(shown))) {
			GridForm grid = posted != null ? posted : GridForm.of(rows(shown, content));
			model.addAttribute("grid", grid);
			model.addAttribute("choices", choices(grid));
		}
		else if (content != null) {
			model.addAttribute("text", new String(content, StandardCharsets.UTF_8));
			if (kind == RuleFile.Kind.DRL) {
				model.addAttribute("lineMessages", lineMessages(draft, shown));
			}
		}
		return "rules-editor/draft";
	}

	private static String defaultFile(Drafts.Draft draft) {
		return draft.files()
			.keySet()
			.stream()
			.filter(p -> p.endsWith(".drl.csv"))
			.findFirst()
			.orElse(draft.files().keySet().stream().findFirst().orElse(""));
	}

	private static List<List<String>> rows(String path, byte[] content) {
		return EditableTable.rows(path, content == null ? new byte[0] : content, new ArrayList<>()).orElse(List.of());
	}

	/** The compiler's messages of the draft's whole set for one file, by line. */
	private Map<Integer, List<String>> lineMessages(Drafts.Draft draft, String path) {
		Map<Integer, List<String>> byLine = new LinkedHashMap<>();
		for (RuleMessage m : runtime.compile(drafts.wholeSet(draft)).messages()) {
			if (m.file().endsWith("/" + path) || m.file().equals(path)) {
				byLine.computeIfAbsent(m.line(), l -> new ArrayList<>()).add(m.column() + ": " + m.message());
			}
		}
		return byLine;
	}

	/** Per column, the values its data rows hold (offered as choices while typing). */
	private static Map<Integer, List<String>> choices(GridForm grid) {
		Map<Integer, List<String>> choices = new HashMap<>();
		for (List<String> row : grid.data()) {
			for (int c = 0; c < row.size(); c++) {
				String value = row.get(c).trim();
				List<String> seen = choices.computeIfAbsent(c, k -> new ArrayList<>());
				if (!value.isEmpty() && !seen.contains(value)) {
					seen.add(value);
				}
			}
		}
		return choices;
	}

	/** A refusal's messages by "row:column" (1-based sheet positions). */
	private static Map<String, String> cellErrors(EditorProblem ex) {
		Map<String, String> errors = new HashMap<>();
		Object cells = ex.properties().get("cells");
		if (cells instanceof List<?> list) {
			for (Object o : list) {
				if (o instanceof DraftEditing.CellMessage m) {
					errors.putIfAbsent(m.row() + ":" + m.column(), m.message());
				}
			}
		}
		return errors;
	}

	/**
	 * A problem outside a form (no such rule base, no draft): the error page, with its
	 * status.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(EditorProblem.class)
	void problem(EditorProblem ex, HttpServletResponse response) throws java.io.IOException {
		response.sendError(ex.status().value(), ex.getMessage());
	}

	/** A form's override field: left empty, no override. */
	private static String given(String override) {
		return override == null || override.isBlank() ? null : override;
	}

	private String editor(Authentication auth) {
		access.requireRole(auth, Role.RULE_EDITOR, Role.ADMIN);
		return auth.getName();
	}

}
