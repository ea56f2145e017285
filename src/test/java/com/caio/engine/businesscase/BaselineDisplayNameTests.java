package com.caio.engine.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.caio.engine.ShippedRules;
import com.caio.engine.businesscase.deck.BusinessCaseDeck;
import com.caio.engine.businesscase.deck.ExecutiveSummary;
import com.caio.engine.common.BadInputException;
import com.caio.engine.storage.Run;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A baseline metric's display name is what every document calls it; without one the name
 * is derived from the id ({@code dtc_revenue} is "DTC revenue"), and a display name that
 * is not one line of text for people is refused with its field path.
 */
class BaselineDisplayNameTests {

	private static final String NAMED = "Direct-to-consumer revenue";

	@Test
	void aDisplayNameIsWhatTheTextDeckSummaryAndFindingsCallTheMetric() throws IOException {
		// the conservative DTC uplift raised above its 5% ceiling, so a finding names it
		// too
		Run<BusinessCaseReport> run = run(BusinessCaseFixtures.yaml(BusinessCaseFixtures
			.exampleWith("  - name: dtc_revenue\n", "  - name: dtc_revenue\n    displayName: " + NAMED + "\n")
			.replaceFirst("uplift: 0.025", "uplift: 0.06")));
		String text = BusinessCaseText.render(run);
		String deck = deckText(run);
		String summary = summaryText(run);
		assertThat(text).contains("Baseline " + NAMED, "uplift on " + NAMED + " is 6.0%");
		assertThat(deck).contains(NAMED + " | 4,200,000", "Baseline " + NAMED, "Uplift on " + NAMED, NAMED + " uplift");
		assertThat(run.result().findings()).anySatisfy(f -> assertThat(f.message()).contains(NAMED));
		for (String document : List.of(text, deck, summary)) {
			assertThat(document).doesNotContain("dtc_revenue", "DTC revenue");
		}
	}

	@Test
	void withoutADisplayNameTheNameIsDerivedFromTheId() throws IOException {
		Run<BusinessCaseReport> run = run(BusinessCaseFixtures.example());
		assertThat(BusinessCaseText.render(run)).contains("Baseline DTC revenue").doesNotContain("dtc_revenue");
		assertThat(deckText(run)).contains("DTC revenue | 4,200,000").doesNotContain("dtc_revenue");
	}

	@Test
	void aBaselineCsvMayCarryDisplayNamesInAFifthColumn() {
		List<BusinessCase.BaselineMetric> metrics = csv(
				"name,monthly_value,unit,source,display_name\ndtc_revenue,100,EUR/month,ledger,Online shop revenue\n"
						+ "retail_media_spend,50,EUR/month,invoices,\n");
		assertThat(metrics).extracting(BusinessCase.BaselineMetric::label)
			.containsExactly("Online shop revenue", "Retail media spend");
		assertThat(csv("name,monthly_value,unit,source\ndtc_revenue,100,EUR/month,ledger\n").get(0).label())
			.isEqualTo("DTC revenue");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"two\\nlines\"", "\"tab\\there\"", "\"<b>revenue</b>\"", "\"...\"", "42", "[a, b]" })
	void aDisplayNameThatIsNotOneLineOfTextIsRefusedWithItsFieldPath(String value) {
		String yaml = BusinessCaseFixtures.exampleWith("  - name: retail_media_spend\n",
				"  - name: retail_media_spend\n    displayName: " + value + "\n");
		assertThatThrownBy(() -> BusinessCaseFixtures.yaml(yaml)).isInstanceOfSatisfying(BadInputException.class,
				ex -> assertThat(ex.where()).isEqualTo("baseline[1].displayName"));
	}

	@Test
	void aDisplayNameLongerThanEightyCharactersIsRefusedInTheFileAndInTheCsv() {
		String longName = "Revenue ".repeat(11).strip();
		assertThatThrownBy(() -> BusinessCaseFixtures.yaml(BusinessCaseFixtures.exampleWith("  - name: dtc_revenue\n",
				"  - name: dtc_revenue\n    displayName: " + longName + "\n")))
			.isInstanceOfSatisfying(BadInputException.class, ex -> {
				assertThat(ex.where()).isEqualTo("baseline[0].displayName");
				assertThat(ex.getMessage()).contains("87 characters long", "1 to 80 characters");
			});
		assertThatThrownBy(
				() -> csv("name,monthly_value,unit,source,display_name\ndtc_revenue,100,EUR/month,ledger," + longName))
			.isInstanceOfSatisfying(BadInputException.class,
					ex -> assertThat(ex.where()).isEqualTo("baseline.csv:2:5 (display_name)"));
		assertThatThrownBy(() -> csv("name,monthly_value,unit,source,label\ndtc_revenue,100,EUR/month,ledger,x"))
			.isInstanceOfSatisfying(BadInputException.class,
					ex -> assertThat(ex.getMessage()).contains("optionally followed by display_name"));
	}

	private static List<BusinessCase.BaselineMetric> csv(String text) {
		return BaselineCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "baseline.csv");
	}

	private static Run<BusinessCaseReport> run(BusinessCase c) {
		return ShippedRules.run("businesscase", new BusinessCaseAssessor().assess(ShippedRules.get(), c));
	}

	private static String deckText(Run<BusinessCaseReport> run) throws IOException {
		StringBuilder out = new StringBuilder();
		try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(BusinessCaseDeck.render(run)))) {
			for (XSLFSlide slide : deck.getSlides()) {
				for (XSLFShape shape : slide.getShapes()) {
					if (shape instanceof XSLFTextShape t) {
						out.append(t.getText()).append('\n');
					}
					else if (shape instanceof XSLFTable table) {
						table.getRows().forEach(r -> r.getCells().forEach(c -> out.append(c.getText()).append(" | ")));
					}
				}
			}
		}
		return out.toString();
	}

	private static String summaryText(Run<BusinessCaseReport> run) throws IOException {
		PdfReader pdf = new PdfReader(ExecutiveSummary.render(run));
		try {
			return new PdfTextExtractor(pdf).getTextFromPage(1);
		}
		finally {
			pdf.close();
		}
	}

}
