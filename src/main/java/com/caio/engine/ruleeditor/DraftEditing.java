package com.caio.engine.ruleeditor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.caio.engine.common.Refusal;
import com.caio.engine.rules.EditableTable;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.ruleversions.RuleVersions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The editor's operations on a draft beyond keeping it: a file saved only when it passes
 * the safety policy (so nothing unsafe is stored, let alone compiled), a cell checked as
 * it is typed, a table saved from its grid, and publishing.
 */
@Service
class DraftEditing {

	/** A cell as typed: its file, 1-based sheet row and column, and value. */
	record Cell(String path, int row, int column, String value) {
	}

	/** What the policy says of a typed cell: null message when it is accepted. */
	record CellVerdict(boolean accepted, String message) {
	}

	/** A refusal at a cell: the file as messages name it, 1-based row and column. */
	record CellMessage(String file, int row, int column, String message) {
	}

	/**
	 * A publication: the version now serving, and the administrator's reason when it was
	 * published although its acceptance features did not pass.
	 */
	record Published(String version, String comment, String override) {
	}

	private final Drafts drafts;

	private final RuleRuntime runtime;

	private final DraftFeatures features;

	private final RuleVersions versions;

	DraftEditing(Drafts drafts, RuleRuntime runtime, DraftFeatures features, RuleVersions versions) {
		this.drafts = drafts;
		this.runtime = runtime;
		this.features = features;
		this.versions = versions;
	}

	/**
	 * Saves a file into the draft {@code user} holds, if it passes the policy; DRL text
	 * only from an administrator. Refused with 422 and the messages otherwise.
	 */
	Drafts.Draft save(String folder, String path, byte[] content, String user, boolean admin) {
		if (RuleFile.kindOf(path) == RuleFile.Kind.DRL && !admin) {
			throw new EditorProblem(HttpStatus.FORBIDDEN, "DRL is for administrators",
					"only an administrator edits DRL text ('" + path + "'); rule editors change the decision tables");
		}
		List<RuleMessage> refused = EditableTable.check(path, content).stream().filter(RuleMessage::isError).toList();
		if (!refused.isEmpty()) {
			throw refusal("'" + path + "' is not saved: " + refused.get(0), refused);
		}
		return drafts.put(folder, path, content, user);
	}

	/**
	 * Saves a decision table from the grid's cells: as CSV text, or written back into the
	 * workbook a {@code .drl.xlsx} table came as.
	 */
	Drafts.Draft saveGrid(String folder, String path, List<List<String>> rows, String user) {
		if (XlsxTable.isWorkbook(path)) {
			byte[] original = drafts.open(folder, user).files().get(path);
			if (original == null) {
				throw new EditorProblem(HttpStatus.NOT_FOUND, "No such file",
						"the draft of '" + folder + "' has no file '" + path + "'");
			}
			return save(folder, path, XlsxTable.write(path, original, rows), user, false);
		}
		return save(folder, path, CsvText.write(rows).getBytes(StandardCharsets.UTF_8), user, false);
	}

	/**
	 * Checks a typed cell the way a saved file is checked: the draft's table with this
	 * value in the cell, through the same policy; the messages at that cell.
	 */
	CellVerdict check(String folder, Cell cell, String user) {
		Drafts.Draft draft = drafts.open(folder, user);
		byte[] content = draft.files().get(cell.path());
		if (content == null) {
			throw new EditorProblem(HttpStatus.NOT_FOUND, "No such file",
					"the draft of '" + folder + "' has no file '" + cell.path() + "'");
		}
		List<List<String>> rows = new ArrayList<>();
		EditableTable.rows(cell.path(), content, new ArrayList<>())
			.ifPresent(read -> read.forEach(r -> rows.add(new ArrayList<>(r))));
		if (cell.row() < 1 || cell.column() < 1) {
			return new CellVerdict(false, "rows and columns count from 1");
		}
		while (rows.size() < cell.row()) {
			rows.add(new ArrayList<>());
		}
		List<String> row = rows.get(cell.row() - 1);
		while (row.size() < cell.column()) {
			row.add("");
		}
		row.set(cell.column() - 1, cell.value() == null ? "" : cell.value());
		// a workbook's cells are checked as the same table in CSV: one policy for both
		String checked = XlsxTable.isWorkbook(cell.path()) ? XlsxTable.csvTwin(cell.path()) : cell.path();
		List<RuleMessage> messages = EditableTable.check(checked, CsvText.write(rows).getBytes(StandardCharsets.UTF_8));
		return messages.stream()
			.filter(RuleMessage::isError)
			.filter(m -> m.line() == cell.row() && m.column() == cell.column())
			.findFirst()
			.map(m -> new CellVerdict(false, m.message()))
			.orElse(new CellVerdict(true, null));
	}

	/**
	 * Publishes the draft {@code user} holds with their comment, and drops the draft; a
	 * refused set answers 422 with the messages and nothing is written. Its acceptance
	 * features must have passed on its current files (409 otherwise), unless an
	 * administrator gives a reason to publish it anyway ({@code override}: 403 from
	 * anyone else, 422 when blank).
	 */
	Published publish(String folder, String user, String comment, String override, boolean admin) {
		if (comment == null || comment.isBlank()) {
			throw new EditorProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Comment required",
					"say why you publish: the comment is kept with the version in the audit log");
		}
		if (override != null && !admin) {
			throw new EditorProblem(HttpStatus.FORBIDDEN, "Override for administrators",
					"only an administrator publishes a draft whose acceptance features do not pass");
		}
		if (override != null && override.isBlank()) {
			throw new Refusal("override", "say why you publish although the acceptance features do not pass",
					"a sentence, kept with the version and in the audit log");
		}
		Drafts.Draft draft = drafts.open(folder, user);
		Optional<String> changed = changedUnder(draft);
		if (changed.isPresent()) {
			throw new EditorProblem(HttpStatus.CONFLICT, "Rules changed under the draft", changed.get());
		}
		FeatureCheck check = features.of(draft);
		Optional<String> blocked = features.refusal(draft, check);
		if (blocked.isPresent() && override == null) {
			throw new EditorProblem(HttpStatus.CONFLICT, "Acceptance features not passed", blocked.get(),
					Map.of("features", check));
		}
		Map<String, byte[]> files = drafts.wholeSet(draft);
		String reason = blocked.isPresent() ? override.strip() : null;
		RuleRuntime.Status status = reason == null ? runtime.publish(files, "user:" + user, comment.strip())
				: versions.publishOverriding(files, "user:" + user, comment.strip(), reason);
		if (!status.lastBuildSucceeded() || !Objects.equals(status.servingVersion(), status.attemptedVersion())) {
			List<RuleMessage> errors = status.messages().stream().filter(RuleMessage::isError).toList();
			throw refusal("the draft of '" + folder + "' is not published: "
					+ (errors.isEmpty() ? "it did not pass the checks" : errors.get(0).toString()), errors);
		}
		drafts.delete(folder);
		return new Published(status.servingVersion(), comment.strip(), reason);
	}

	/**
	 * What changed in the serving files of the draft's rule base since the draft was
	 * started from them (a file edited on disk, a roll back, a publication on another
	 * server): publishing the draft would silently undo it. Empty when nothing changed
	 * there, or when the version the draft started from was not kept (nothing to compare
	 * with).
	 */
	Optional<String> changedUnder(Drafts.Draft draft) {
		if (Objects.equals(runtime.status().servingVersion(), draft.baseVersion())) {
			return Optional.empty();
		}
		Optional<Map<String, byte[]>> base = versions.files(draft.baseVersion());
		if (base.isEmpty()) {
			return Optional.empty();
		}
		Map<String, byte[]> before = inFolder(base.get(), draft.folder());
		Map<String, byte[]> now = inFolder(runtime.servingFiles(), draft.folder());
		Set<String> paths = new TreeSet<>(before.keySet());
		paths.addAll(now.keySet());
		List<String> changed = paths.stream().filter(p -> !Arrays.equals(before.get(p), now.get(p))).toList();
		if (changed.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("the rules of '" + draft.folder() + "' changed since this draft was started ("
				+ String.join(", ", changed) + " " + (changed.size() == 1 ? "is" : "are")
				+ " no longer as the draft found them): publishing the draft would undo that change. "
				+ "Discard the draft and start again from the rules serving now.");
	}

	private static Map<String, byte[]> inFolder(Map<String, byte[]> files, String folder) {
		Map<String, byte[]> in = new HashMap<>();
		files.forEach((path, content) -> {
			if (Drafts.folderOf(path).equals(folder)) {
				in.put(path, content);
			}
		});
		return in;
	}

	private static EditorProblem refusal(String detail, List<RuleMessage> messages) {
		return new EditorProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Rules refused", detail, Map.of("messages",
				messages.stream().map(RuleMessage::toString).toList(), "cells",
				messages.stream().map(m -> new CellMessage(m.file(), m.line(), m.column(), m.message())).toList()));
	}

}
