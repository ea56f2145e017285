package com.caio.engine.economics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.economics.render.CostBenefitSummary;
import com.caio.engine.economics.render.ProposalDocx;
import com.caio.engine.economics.render.ProposalPdf;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The proposal (DOCX, PDF) and the one-page cost-benefit summary of the shipped example;
 * written to target/economics-documents so they can be rendered and looked at.
 */
class EconomicsDocumentsTests {

	private static final Path OUT = Path.of("target/economics-documents");

	@Test
	void theProposalDocxHasEverySectionAndFormattedFigures() throws IOException {
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.example());
		byte[] docx = ProposalDocx.render(r);
		keep("proposal.docx", docx);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			String all = text.getText();
			assertThat(all).contains("Scope", "Hours and fees", "Service levels", "Deliverables",
					"Start date and first 90-day milestones", "Cost comparison", "Time to value", "Avoided waste",
					"What moves the saving", "Assumptions register", "Mon 11 Jan 2027", "USD 22,000", "P1");
			assertThat(all).doesNotContainPattern("[a-z]+\\.[a-z]+[A-Z]\\w*").doesNotContain("ECO-");
			assertThat(doc.getAllPictures()).hasSize(1);
		}
	}

	@Test
	void theProposalPdfAndTheOnePageSummaryRender() throws IOException {
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.example());
		byte[] proposal = ProposalPdf.render(r);
		byte[] summary = CostBenefitSummary.render(r);
		keep("proposal.pdf", proposal);
		keep("summary.pdf", summary);
		PdfReader pdf = new PdfReader(summary);
		try {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PdfTextExtractor(pdf).getTextFromPage(1);
			assertThat(text).contains("Cost-benefit summary", "Time to value", "Avoided waste", "percentage points");
		}
		finally {
			pdf.close();
		}
		assertThat(new PdfReader(proposal).getNumberOfPages()).isBetween(2, 6);
	}

	private static void keep(String name, byte[] content) throws IOException {
		Files.createDirectories(OUT);
		Files.write(OUT.resolve(name), content);
	}

}
