package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.caio.engine.csv.CsvFormatException;
import org.junit.jupiter.api.Test;

class RegisterReaderTests {

	@Test
	void readsRatingsAsNumbersOrLabelsInAnyCase() throws Exception {
		Register register = RiskFixtures.read(RiskFixtures.HEADER, "A,One,Model,Ann,almost  CERTAIN,severe,,,,,,",
				"B,Two,Model,Bob,2,Minor,Fix it,1500.50,Rare,1,2027-03-31,Tested");
		assertThat(register.rejected()).isEmpty();
		Risk a = register.risks().get(0);
		assertThat(a.likelihood()).isEqualTo(5);
		assertThat(a.impact()).isEqualTo(5);
		assertThat(a.hasMitigation()).isFalse();
		assertThat(a.mitigatedScore()).isEqualTo(25);
		Risk b = register.risks().get(1);
		assertThat(b.score()).isEqualTo(4);
		assertThat(b.mitigationCost()).isEqualTo(1500.50);
		assertThat(b.mitigatedScore()).isEqualTo(1);
		assertThat(b.dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(b.line()).isEqualTo(3);
	}

	@Test
	void rejectsBadRowsWithLineAndReasonAndKeepsTheRest() throws Exception {
		Register register;
		try (InputStream in = Files.newInputStream(Path.of("examples/risk-register.csv"))) {
			register = new RegisterReader().read(in);
		}
		assertThat(register.rows()).isEqualTo(23);
		assertThat(register.risks()).hasSize(18);
		assertThat(register.rejectedCount()).isEqualTo(5);
		assertThat(register.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(20L, 5,
					"likelihood '7' is out of range; accepted: 1-5 or Rare, Unlikely, Possible, Likely, Almost certain"),
					org.assertj.core.groups.Tuple.tuple(21L, 6,
							"impact 'Huge' is not a known label; accepted: 1-5 or Insignificant, Minor, Moderate, Major, Severe"),
					org.assertj.core.groups.Tuple.tuple(22L, 1, "duplicate risk id 'R-05' (first on line 6)"),
					org.assertj.core.groups.Tuple.tuple(23L, 11,
							"mitigated_likelihood 3 is above the inherent likelihood 2; a mitigation cannot raise a rating"),
					org.assertj.core.groups.Tuple.tuple(24L, 0, "expected 14 columns but found 7"));
	}

	@Test
	void rejectsMissingValuesBadCostsAndBadDates() throws Exception {
		Register register = RiskFixtures.read(RiskFixtures.HEADER, ",No id,Model,Ann,1,1,,,,,,",
				"C,Three,Model,Ann,,1,,,,,,", "D,Four,Model,Ann,3,3,Fix,lots,,,,",
				"E,Five,Model,Ann,3,3,Fix,100,,,31/12/2027,", "F,Six,Model,Ann,3,3,Fix,100,,4,,");
		assertThat(register.risks()).isEmpty();
		assertThat(register.rejected()).extracting(RejectedRow::reason)
			.containsExactly("missing id",
					"missing likelihood; accepted: 1-5 or Rare, Unlikely, Possible, Likely, Almost certain",
					"mitigation_cost 'lots' is not an amount; accepted: a number from 0 to 1e15, such as 25000 or 1500.50",
					"due_date '31/12/2027' is not a date; expected a date written YYYY-MM-DD, such as 2026-11-06",
					"mitigated_impact 4 is above the inherent impact 3; a mitigation cannot raise a rating");
	}

	@Test
	void refusesAHeaderWithoutTheRequiredColumns() {
		assertThatThrownBy(() -> RiskFixtures.read("id,title,likelihood", "A,One,3"))
			.isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("lacks the required column(s) category, owner, impact")
			.hasMessageContaining("required: id,title,category,owner,likelihood,impact");
	}

	@Test
	void readsSemicolonSeparatedExportsAndNotesUnknownColumns() throws Exception {
		Register register = RiskFixtures.read("\uFEFFid;title;category;owner;likelihood;impact;notes",
				"A;One;Model;Ann;Likely;Major;whatever");
		assertThat(register.risks()).singleElement().extracting(Risk::score).isEqualTo(16);
		assertThat(register.notes()).containsExactly("columns ignored (not a register column): notes");
	}

}
