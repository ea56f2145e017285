package com.caio.engine.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.governance.render.GovernanceText;
import com.caio.engine.governance.render.PackDeck;
import com.caio.engine.governance.render.PackPdf;
import org.junit.jupiter.api.Test;

/** The example pack on the shipped rules: the criteria, the changes, the documents. */
class GovernancePackTests {

	@Test
	void theExamplePackJudgesTheFourCriteria() throws Exception {
		GovernanceReport r = GovernanceFixtures.example();
		Path out = Path.of("target/governance");
		Files.createDirectories(out);
		Files.writeString(out.resolve("example.txt"), GovernanceText.render(GovernanceFixtures.run(r)));
		Files.write(out.resolve("example.pdf"), PackPdf.render(GovernanceFixtures.run(r)));
		// a second later: a date or id taken from the clock would differ
		Thread.sleep(1100);
		org.assertj.core.api.Assertions.assertThat(PackPdf.render(GovernanceFixtures.run(GovernanceFixtures.example())))
			.isEqualTo(Files.readAllBytes(out.resolve("example.pdf")));
		Files.write(out.resolve("example.pptx"), PackDeck.render(GovernanceFixtures.run(r)));
		assertThat(r.criteria()).extracting(GovernanceReport.CriterionResult::state)
			.containsExactly("MET", "MET", "MET", "MET");
	}

}
