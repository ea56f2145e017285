package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.upskilling.render.ProgressReportPdf;
import com.caio.engine.upskilling.render.ShiftChart;
import com.caio.engine.upskilling.render.UpskillingText;
import org.junit.jupiter.api.Test;

/** The shipped example: a 45-person organisation, 4 modules, 14 months of task log. */
class UpskillingExampleTests {

	@Test
	void theExampleIsAssessedAndRendered() throws Exception {
		UpskillingReport r = UpskillingFixtures.example();
		String text = UpskillingText.render(UpskillingFixtures.run(r));
		Path out = Path.of("target/upskilling");
		Files.createDirectories(out);
		Files.writeString(out.resolve("example.txt"), text);
		Files.write(out.resolve("example.pdf"), ProgressReportPdf.render(UpskillingFixtures.run(r)));
		Files.write(out.resolve("example.png"), ShiftChart.png(r));
		Files.writeString(out.resolve("example.svg"), ShiftChart.svg(r));
		assertThat(r.baseline().respondents()).isEqualTo(45);
		assertThat(r.modules()).hasSize(4);
		assertThat(r.shift().months()).hasSize(14);
	}

}
