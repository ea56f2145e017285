package com.caio.engine.businesscase;

import com.caio.engine.ShippedRules;
import com.caio.engine.storage.Run;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.caio.engine.businesscase.deck.BusinessCaseDeck;
import com.caio.engine.businesscase.deck.ExecutiveSummary;
import com.caio.engine.rules.RuleRuntime;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered deck and summary as a reader would and checks what a board needs is
 * there.
 */
class BusinessCaseDocumentsTests {

	private static Run<BusinessCaseReport> report;

	@BeforeAll
	static void assessTheExample() {
		report = ShippedRules.run("businesscase",
				new BusinessCaseAssessor().assess(ShippedRules.get(), BusinessCaseFixtures.example()));
	}

	@Test
	void theDeckHasTheTwelveSlidesTheIssueAsksFor() throws IOException {
		try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(BusinessCaseDeck.render(report)))) {
			List<String> titles = deck.getSlides().stream().map(XSLFSlide::getTitle).toList();
			assertThat(titles).hasSizeBetween(10, 12);
			assertThat(titles).containsExactly("Marketing AI programme 2027", "The ask and the decision needed",
					"Baseline metrics today", "Three scenarios over 24 months", "Cumulative cash flow by scenario",
					"KPI timeline by quarter", "Payback and ROI", "Sensitivity: what moves the expected NPV",
					"Assumptions register: baseline and expected scenario", "Assumptions register: the other scenarios",
					"Risks and mitigations", "Next steps: the programme");
			assertThat(text(deck.getSlides().get(2))).contains("dtc_revenue", "4,200,000",
					"SAP S/4HANA sales ledger, DTC channel, Jan-Dec 2026 monthly average");
			assertThat(text(deck.getSlides().get(3))).contains("Conservative", "Expected", "Aggressive", "EUR 2.13m",
					"9.4 months", "77%");
			assertThat(text(deck.getSlides().get(5))).contains("Expected scenario (EUR)", "Q1", "Q8", "Cumulative cash",
					"2.51m");
			assertThat(text(deck.getSlides().get(8))).contains("Vendor pilot on one brand, Q3 2026, point estimate");
			// the register shows every assumption of the example, none left to the JSON
			// alone
			assertThat(text(deck.getSlides().get(8)) + text(deck.getSlides().get(9)))
				.doesNotContain("more assumption(s)")
				.contains(report.result().assumptions().stream().map(Assumption::source).toList());
			assertThat(text(deck.getSlides().get(11))).contains("Approve the programme");
		}
	}

	@Test
	void theChartsAreRealPictures() throws IOException {
		try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(BusinessCaseDeck.render(report)))) {
			for (int slide : List.of(4, 6, 7)) {
				List<XSLFPictureShape> pictures = deck.getSlides()
					.get(slide)
					.getShapes()
					.stream()
					.filter(XSLFPictureShape.class::isInstance)
					.map(XSLFPictureShape.class::cast)
					.toList();
				assertThat(pictures).as("pictures on slide %d", slide + 1).hasSize(1);
				BufferedImage image = ImageIO
					.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
				assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
				assertThat(distinctColours(image)).as("a drawn chart, not a blank image").isGreaterThan(20);
			}
		}
	}

	@Test
	void theSummaryIsOnePageWithTheScenariosAndAChart() throws IOException {
		PdfReader pdf = new PdfReader(ExecutiveSummary.render(report));
		try {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PdfTextExtractor(pdf).getTextFromPage(1);
			assertThat(text).contains("Marketing AI programme 2027", "The ask", "Three scenarios", "Conservative",
					"Aggressive", "EUR 2.13m", "9.4 months", "within the 12-month target", "Board-ready");
			assertThat(new String(pdf.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1)).contains(" Do");
		}
		finally {
			pdf.close();
		}
	}

	private static String text(XSLFSlide slide) {
		StringBuilder out = new StringBuilder();
		for (XSLFShape shape : slide.getShapes()) {
			if (shape instanceof XSLFTextShape t) {
				out.append(t.getText()).append('\n');
			}
			else if (shape instanceof XSLFTable table) {
				table.getRows().forEach(r -> r.getCells().forEach(c -> out.append(c.getText()).append(" | ")));
			}
		}
		return out.toString();
	}

	private static int distinctColours(BufferedImage image) {
		return java.util.stream.IntStream.range(0, image.getWidth() / 4)
			.flatMap(x -> java.util.stream.IntStream.range(0, image.getHeight() / 4)
				.map(y -> image.getRGB(4 * x, 4 * y)))
			.boxed()
			.collect(Collectors.toSet())
			.size();
	}

}
