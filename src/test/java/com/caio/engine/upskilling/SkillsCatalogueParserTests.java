package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The skills catalogue a practice edits: the shipped one reads clean, bad cells are
 * named.
 */
class SkillsCatalogueParserTests {

	@Test
	void theShippedCatalogueReadsCleanAndARoleRowWinsOverEveryone() throws Exception {
		List<RuleMessage> messages = new ArrayList<>();
		SkillsCatalogue c = parse(Files.readString(Path.of("rules/upskilling/skills.csv")), messages);
		assertThat(messages).isEmpty();
		assertThat(c.skills()).hasSize(11);
		assertThat(c.target("LIFE-01", "data scientist").orElseThrow().target()).isEqualTo(4);
		assertThat(c.target("RESP-01", "designer").orElseThrow().role()).isEqualTo("everyone");
		assertThat(c.target("LIFE-01", "designer")).isEmpty();
		assertThat(c.skillOfColumn("Rate your proficiency [Designing for uncertain AI output]")).contains("EXP-02");
		assertThat(c.skillOfColumn("EXP-01 - A/B tests")).contains("EXP-01");
	}

	@Test
	void eachBadCellIsReportedAtItsLineAndColumn() {
		List<RuleMessage> messages = new ArrayList<>();
		SkillsCatalogue c = parse("""
				skill_id,area,role,text,target
				PM-01,Strategy,product manager,Framing,3
				pm 2,Strategy,product manager,Sizing,3
				PM-03,Strategy,marketer,Pricing,3
				PM-04,Strategy,engineer,Scoping,5
				PM-01,Strategy,product manager,Framing,2
				""", messages);
		assertThat(c).isNull();
		assertThat(messages).extracting(m -> m.line() + ":" + m.column())
			.containsExactlyInAnyOrder("3:1", "4:3", "5:5", "6:3");
		assertThat(messages.toString()).contains("'marketer'").contains("0 to 4").contains("second row");
	}

	private static SkillsCatalogue parse(String csv, List<RuleMessage> messages) {
		return new SkillsCatalogueParser().parse(new RuleFile("upskilling", "skills.csv", "rules/upskilling/skills.csv",
				RuleFile.Kind.DATA, csv.getBytes(StandardCharsets.UTF_8)), messages::add);
	}

}
