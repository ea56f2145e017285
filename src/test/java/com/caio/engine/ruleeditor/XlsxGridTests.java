package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.TestWorkbooks;
import com.caio.engine.rules.EditableTable;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Role;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A band table kept as a spreadsheet ({@code risk/bands.drl.xlsx}, made here from the
 * shipped CSV with numbers as numbers and a second sheet of the user's own) opens as a
 * grid, its typed cells are checked by the policy of the CSV table, and a grid save
 * writes only the changed cell back into the workbook: the header, the number types and
 * the other sheet stay, and the rule set with it compiles and bands a score of 15 High.
 */
class XlsxGridTests extends EditorContext {

	static final String CSV = "risk/bands.drl.csv";

	static final String XLSX = "risk/bands.drl.xlsx";

	@Autowired
	RuleRuntime runtime;

	@Autowired
	Drafts drafts;

	@Autowired
	DraftEditing editing;

	@AfterEach
	void undo() {
		drafts.folders().forEach(drafts::delete);
		WORKSPACE.resetRules();
		try {
			Files.deleteIfExists(WORKSPACE.rules().resolve(XLSX));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		runtime.reload("test");
	}

	@Test
	void aWorkbookTableIsEditedInTheGridAndWrittenBackIntoItsWorkbook() throws Exception {
		byte[] shipped = Files.readAllBytes(WORKSPACE.rules().resolve(CSV));
		List<List<String>> rows = EditableTable.rows(CSV, shipped, new ArrayList<>()).orElseThrow();
		Files.write(WORKSPACE.rules().resolve(XLSX), TestWorkbooks.table(rows, "kept"));
		Files.delete(WORKSPACE.rules().resolve(CSV));
		assertThat(runtime.reload("test").lastBuildSucceeded()).as("the workbook table serves").isTrue();

		String page = client("rita", Role.RULE_EDITOR).get()
			.uri("/w/rules/editor/risk?file=" + XLSX)
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class)
			.getBody();
		assertThat(page).contains("id=\"grid-form\"").contains("RISK-BAND-CRIT Critical from 15");

		int critical = rowOf(rows, "RISK-BAND-CRIT");
		DraftEditing.CellVerdict typed = editing.check("risk", new DraftEditing.Cell(XLSX, critical + 1, 2, "sixteen"),
				"rita");
		assertThat(typed.accepted()).isFalse();
		assertThat(typed.message()).contains("'sixteen' is not a number");

		List<List<String>> edited = new ArrayList<>();
		rows.forEach(r -> edited.add(new ArrayList<>(r)));
		edited.get(critical).set(1, "16");
		Drafts.Draft draft = editing.saveGrid("risk", XLSX, edited, "rita");

		byte[] saved = draft.files().get(XLSX);
		assertThat(trimmed(EditableTable.rows(XLSX, saved, new ArrayList<>()).orElseThrow()))
			.isEqualTo(trimmed(edited));
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(saved))) {
			assertThat(book.getNumberOfSheets()).as("the user's own sheet is kept").isEqualTo(2);
			assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("kept");
			Row row = book.getSheetAt(0).getRow(critical);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(16.0);
		}
		RuleRuntime.Candidate candidate = runtime.compile(drafts.wholeSet(draft));
		assertThat(candidate.compiled()).as(candidate.messages().toString()).isTrue();
	}

	private static int rowOf(List<List<String>> rows, String id) {
		for (int r = 0; r < rows.size(); r++) {
			if (!rows.get(r).isEmpty() && rows.get(r).get(0).startsWith(id)) {
				return r;
			}
		}
		throw new AssertionError("no row " + id);
	}

	/** Rows without their trailing blank cells and trailing blank rows. */
	private static List<List<String>> trimmed(List<List<String>> rows) {
		List<List<String>> out = new ArrayList<>();
		for (List<String> row : rows) {
			int end = row.size();
			while (end > 0 && row.get(end - 1).isEmpty()) {
				end--;
			}
			out.add(row.subList(0, end));
		}
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return out;
	}

}
