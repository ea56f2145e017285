package com.caio.engine.ruleeditor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.caio.engine.rules.RuleFile;
import com.caio.engine.security.Access;
import com.caio.engine.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/rules/drafts/{folder}}: open (and lock) the draft of a rule base, put a
 * file, check a cell, preview, publish with a comment, discard; an administrator breaks a
 * lock. Rule editors and administrators only (others 403).
 */
@RestController
@RequestMapping("/api/rules/drafts")
class DraftController {

	/**
	 * A draft as the API shows it: who holds it, its files as text, and the last run of
	 * its acceptance features.
	 */
	record DraftView(String folder, String holder, Instant since, String baseVersion, List<FileView> files,
			FeatureCheck features) {

	}

	/** A file of a draft: its kind and, for text files, its content. */
	record FileView(String path, String kind, String text) {

		static FileView of(String path, byte[] content) {
			RuleFile.Kind kind = RuleFile.kindOf(path);
			return new FileView(path, kind.name(),
					kind == RuleFile.Kind.DECISION_TABLE_XLSX ? null : new String(content, StandardCharsets.UTF_8));
		}

	}

	/**
	 * What publishing says: why; and, from an administrator publishing a draft whose
	 * acceptance features do not pass, the reason to publish it anyway.
	 */
	record Publication(String comment, String override) {
	}

	private final Drafts drafts;

	private final DraftEditing editing;

	private final Preview preview;

	private final DraftFeatures features;

	private final Access access;

	DraftController(Drafts drafts, DraftEditing editing, Preview preview, DraftFeatures features, Access access) {
		this.drafts = drafts;
		this.editing = editing;
		this.preview = preview;
		this.features = features;
		this.access = access;
	}

	@GetMapping
	List<String> folders(Authentication auth) {
		editor(auth);
		return drafts.folders();
	}

	@GetMapping("/{folder}")
	DraftView open(@PathVariable String folder, Authentication auth) {
		return view(drafts.open(folder, editor(auth)));
	}

	@PutMapping(value = "/{folder}/files", consumes = "*/*")
	DraftView put(@PathVariable String folder, @RequestParam String path, @RequestBody byte[] content,
			Authentication auth) {
		String user = editor(auth);
		return view(editing.save(folder, path, content, user, access.isAdmin(auth)));
	}

	@PostMapping("/{folder}/cells/check")
	DraftEditing.CellVerdict check(@PathVariable String folder, @RequestBody DraftEditing.Cell cell,
			Authentication auth) {
		return editing.check(folder, cell, editor(auth));
	}

	@PostMapping("/{folder}/preview")
	Preview.Report preview(@PathVariable String folder, Authentication auth) {
		Drafts.Draft draft = drafts.open(folder, editor(auth));
		return preview.of(folder, drafts.wholeSet(draft));
	}

	/**
	 * Starts the acceptance features of the rule base against the draft: 202 with the
	 * check, {@code running} until the child JVM is done (poll this draft or
	 * {@code GET .../features}).
	 */
	@PostMapping("/{folder}/features")
	ResponseEntity<FeatureCheck> runFeatures(@PathVariable String folder, Authentication auth) {
		return ResponseEntity.accepted().body(features.start(folder, editor(auth), access.isAdmin(auth)));
	}

	@GetMapping("/{folder}/features")
	FeatureCheck features(@PathVariable String folder, Authentication auth) {
		editor(auth);
		Drafts.Draft draft = drafts.find(folder)
			.orElseThrow(() -> new EditorProblem(org.springframework.http.HttpStatus.NOT_FOUND, "No draft",
					"the rule base '" + folder + "' has no draft; open it to start one"));
		return features.of(draft);
	}

	@PostMapping("/{folder}/publish")
	DraftEditing.Published publish(@PathVariable String folder, @RequestBody Publication publication,
			Authentication auth) {
		return editing.publish(folder, editor(auth), publication.comment(), publication.override(),
				access.isAdmin(auth));
	}

	private DraftView view(Drafts.Draft draft) {
		return new DraftView(draft.folder(), draft.holder(), draft.since(), draft.baseVersion(),
				draft.files().entrySet().stream().map(e -> FileView.of(e.getKey(), e.getValue())).toList(),
				features.of(draft));
	}

	@DeleteMapping("/{folder}")
	ResponseEntity<Void> discard(@PathVariable String folder, Authentication auth) {
		drafts.discard(folder, editor(auth), access.isAdmin(auth));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{folder}/lock/break")
	DraftView breakLock(@PathVariable String folder, Authentication auth) {
		access.requireRole(auth, Role.ADMIN);
		return view(drafts.breakLock(folder, auth.getName()));
	}

	/** The caller's name, if a rule editor or administrator; else 403. */
	private String editor(Authentication auth) {
		access.requireRole(auth, Role.RULE_EDITOR, Role.ADMIN);
		return auth.getName();
	}

}
