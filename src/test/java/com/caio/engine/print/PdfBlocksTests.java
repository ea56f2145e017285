package com.caio.engine.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.caio.engine.common.Png;
import org.junit.jupiter.api.Test;

/** A document printed twice from the same blocks is the same file. */
class PdfBlocksTests {

	private static final List<Block> BLOCKS = List.of(new Block.Title("Quarterly review", "Acme | 2027-Q1"),
			new Block.Heading("Summary"), new Block.Para("Two of five KPIs improved against the baseline.", true),
			new Block.Bullets(List.of("Conversion +1.2 percentage points", "Churn -0.4 percentage points")),
			new Block.Table(List.of("KPI", "Change"), List.of(List.of("Conversion", "+1.2 pp")), new float[] { 3, 1 }),
			new Block.Picture(Png.paint(200, 100, 1, g -> g.drawString("chart", 10, 50)), 200, 100));

	@Test
	void theSameBlocksPrintTheSameBytes() throws Exception {
		byte[] first = new PdfBlocks(10).render("Quarterly review", BLOCKS);
		Thread.sleep(1100);
		byte[] again = new PdfBlocks(10).render("Quarterly review", BLOCKS);
		assertThat(Arrays.equals(again, first)).as("the second print differs from the first").isTrue();
		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("/CreationDate")
			.doesNotContain("/ModDate");
		assertThat(new String(first, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
	}

}
