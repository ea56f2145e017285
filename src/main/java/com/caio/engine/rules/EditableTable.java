package com.caio.engine.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision table or rule file as an editor sees it, checked by the same readers and
 * safety policy a rule file on disk passes (the sheet reader, each cell against its
 * column's type, the DRL policy) and never compiled: what a cell typed in the browser is
 * validated with.
 */
public final class EditableTable {

	private EditableTable() {
	}

	/**
	 * The table's cells row by row as the rule loader reads them (BOM, separators and
	 * {@code .drl.xlsx} handled); empty when the file cannot be read, with the messages.
	 * @param path below the rules folder ('/' separated), e.g. {@code risk/bands.drl.csv}
	 */
	public static Optional<List<List<String>>> rows(String path, byte[] content, List<RuleMessage> messages) {
		String refused = RuleFiles.refusedPath(path);
		if (refused != null) {
			messages.add(RuleMessage.error(String.valueOf(path), 1, 1, refused));
			return Optional.empty();
		}
		Sheet sheet = SheetReader.read(file(path, content), messages::add);
		return sheet == null ? Optional.empty() : Optional.of(sheet.rows());
	}

	/**
	 * Every message the safety policy has for this file, before any compiler sees it: a
	 * table's cells against their columns' types and the DRL it makes, or a DRL file's
	 * imports, calls and names. Empty when it passes.
	 */
	public static List<RuleMessage> check(String path, byte[] content) {
		List<RuleMessage> messages = new ArrayList<>();
		String refused = RuleFiles.refusedPath(path);
		if (refused != null) {
			return List.of(RuleMessage.error(String.valueOf(path), 1, 1, refused));
		}
		RuleFile file = file(path, content);
		switch (file.kind()) {
			case DECISION_TABLE_CSV, DECISION_TABLE_XLSX -> DecisionTable.convert(file, messages::add);
			case DRL -> RulePolicy.checkDrl(file.displayPath(), file.text(), messages::add);
			default -> {
			}
		}
		return messages;
	}

	private static RuleFile file(String path, byte[] content) {
		return RuleFiles.of(Path.of(""), Map.of(path, content)).get(0);
	}

}
