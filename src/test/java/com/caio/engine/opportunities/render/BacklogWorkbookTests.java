package com.caio.engine.opportunities.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.ShippedRules;
import com.caio.engine.opportunities.OpportunitiesReport;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Source;
import com.caio.engine.rules.RuleSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The backlog workbook of the shipped example, as it prints and as it is edited. */
class BacklogWorkbookTests {

	private static XSSFWorkbook book;

	@BeforeAll
	static void render() throws Exception {
		RuleSet rules = ShippedRules.get();
		@SuppressWarnings("unchecked")
		Capability<Object, OpportunitiesReport> capability = (Capability<Object, OpportunitiesReport>) com.caio.engine.run.DeterminismTestsAccess
			.capability("opportunities");
		OpportunitiesReport report = capability
			.assess(capability.read(Source.file(Path.of("examples/opportunity-backlog.csv")), rules), rules);
		book = new XSSFWorkbook(new ByteArrayInputStream(BacklogWorkbook.render(report)));
	}

	@Test
	void everySheetPrintsOnePageWideInLandscapeWithItsHeaderOnEveryPage() {
		assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
		for (Sheet sheet : book) {
			assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
			assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
			assertThat(sheet.getRepeatingRows().formatAsString()).as(sheet.getSheetName()).isEqualTo("1:1");
			for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
				assertThat(sheet.getColumnWidth(i) / 256).as("%s column %d", sheet.getSheetName(), i).isBetween(6, 28);
			}
		}
	}

	@Test
	void textThatWouldStartAFormulaIsMarkedAsTextWithoutAnApostropheInIt() {
		List<Cell> formulaLike = new ArrayList<>();
		for (Sheet sheet : book) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING) {
						String text = cell.getStringCellValue();
						assertThat(text).as("%s %s", sheet.getSheetName(), cell.getAddress()).doesNotStartWith("'");
						if (BacklogWorkbook.formulaLike(text)) {
							formulaLike.add(cell);
						}
					}
				}
			}
		}
		// the uplift bands of the go/no-go sheet start with '+'
		assertThat(formulaLike).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString())
				.isTrue());
	}

	@Test
	void wrappedTextGetsTheRowHeightItNeeds() {
		Sheet backlog = book.getSheet("Backlog");
		boolean tallRow = false;
		for (Row row : backlog) {
			for (Cell cell : row) {
				if (cell.getCellStyle().getWrapText() && cell.getStringCellValue().length() > 60) {
					assertThat(row.getHeightInPoints()).as("row %d", row.getRowNum() + 1)
						.isGreaterThan(backlog.getDefaultRowHeightInPoints());
					tallRow = true;
				}
			}
		}
		assertThat(tallRow).isTrue();
	}

}
