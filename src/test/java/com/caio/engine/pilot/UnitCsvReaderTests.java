package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.csv.CsvFormatException;
import org.junit.jupiter.api.Test;

/**
 * The streaming per-unit CSV reader: totals per arm, rows rejected by line with a reason.
 */
class UnitCsvReaderTests {

	private static UnitTally read(String csv) throws CsvFormatException {
		return new UnitCsvReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void conversionsAreCountedAndBadRowsRejectedByLine() throws CsvFormatException {
		UnitTally tally = read("""
				unit_id,arm,converted
				u1,control,1
				u2,Treatment,0
				u3,treatment,true
				u4,holdout,1
				u5,control,maybe
				,control,1
				u7,control
				u8,control,no
				""");
		assertThat(tally.kind()).isEqualTo(KpiKind.RATE);
		assertThat(tally.rows()).isEqualTo(8);
		assertThat(tally.control()).isEqualTo(ArmTotals.ofRate("control", 2, 1));
		assertThat(tally.treatment()).isEqualTo(ArmTotals.ofRate("treatment", 2, 1));
		assertThat(tally.rejectedCount()).isEqualTo(4);
		assertThat(tally.rejected()).containsExactly(
				new RejectedUnit(5, "arm 'holdout' is neither control nor treatment"),
				new RejectedUnit(6, "converted 'maybe' is not 0/1 (or true/false, yes/no)"),
				new RejectedUnit(7, "missing unit_id"), new RejectedUnit(8, "expected 3 fields, found 2"));
	}

	/**
	 * x <- c(12.5, 30, 7.25, 18); y <- c(20, 22.5, 9, 40, 11): mean/sd in R and t.test(x,
	 * y)$p.value.
	 */
	@Test
	void valuesAreAveragedPerArm() throws CsvFormatException {
		UnitTally tally = read("""
				unit_id;arm;value
				a;treatment;12.5
				b;treatment;30
				c;treatment;7.25
				d;treatment;18
				e;control;20
				f;control;22.5
				g;control;9
				h;control;40
				i;control;11
				j;control;n/a
				""");
		assertThat(tally.kind()).isEqualTo(KpiKind.MEAN);
		// mean(x) = 16.9375, sd(x) = 9.75186947889138, mean(y) = 20.5, sd(y) =
		// 12.3186849947549
		assertThat(tally.treatment().mean()).isCloseTo(16.9375, withinPercentage(1e-9));
		assertThat(tally.treatment().sd()).isCloseTo(9.75186947889138, withinPercentage(1e-9));
		assertThat(tally.control().mean()).isCloseTo(20.5, withinPercentage(1e-9));
		assertThat(tally.control().sd()).isCloseTo(12.3186849947549, withinPercentage(1e-9));
		assertThat(tally.rejected()).containsExactly(new RejectedUnit(11, "value 'n/a' is not a number"));
		// t.test(x, y)$p.value = 0.64300790390711
		Comparison c = PilotStatistics.means(tally.control(), tally.treatment(),
				PilotStatisticsTests.design(KpiKind.MEAN, 0.1, Allocation.EVEN));
		assertThat(c.pValue()).isCloseTo(0.64300790390711, withinPercentage(1e-4));
	}

	@Test
	void aMissingColumnIsRefusedNamingTheHeader() {
		assertThatThrownBy(() -> read("id,arm,converted\n1,control,1\n")).isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("no 'unit_id' column");
		assertThatThrownBy(() -> read("unit_id,arm,amount\n1,control,1\n")).isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("no 'converted' or 'value' column");
	}

	@Test
	void theExampleFileIsRead() throws Exception {
		try (InputStream in = Files.newInputStream(Path.of("examples/pilot-units.csv"))) {
			UnitTally tally = new UnitCsvReader().read(in);
			assertThat(tally.rows()).isEqualTo(202);
			assertThat(tally.control().units() + tally.treatment().units()).isEqualTo(200);
			assertThat(tally.rejectedCount()).isEqualTo(2);
		}
	}

}
