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
		assertThat(tally.rejected()).containsExactly(
				new RejectedUnit(11, "value 'n/a' is not a number; expected a number such as 1200, -3.5 or 2.5e6"));
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

	@Test
	void valuesBeyondTheStatedRangeOrNotInTheNumberGrammarAreRejectedByLineAndNeverMakeNaN() throws CsvFormatException {
		UnitTally tally = read("""
				unit_id,arm,value
				a,control,1e308
				b,control,-1e308
				c,treatment,1e200
				d,treatment,1e309
				e,control,0x1p3
				f,control,10d
				g,treatment,5f
				h,treatment,NaN
				i,control,Infinity
				j,control,1_000
				k,control,1e15
				l,control,-1e15
				m,treatment,2.5e3
				n,treatment,.5
				""");
		assertThat(tally.rejected()).extracting(RejectedUnit::line)
			.containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		assertThat(tally.rejected().get(0).reason())
			.isEqualTo("value '1e308' is out of range; accepted: numbers from -1e15 to 1e15");
		assertThat(tally.rejected().get(4).reason()).startsWith("value '0x1p3' is not a number");
		assertThat(tally.control().units()).isEqualTo(2);
		assertThat(tally.control().mean()).isZero();
		assertThat(tally.control().sd()).isCloseTo(Math.sqrt(2) * 1e15, withinPercentage(1e-9));
		assertThat(tally.treatment().mean()).isEqualTo(1250.25);
		for (ArmTotals arm : java.util.List.of(tally.control(), tally.treatment())) {
			assertThat(Double.isFinite(arm.mean()) && Double.isFinite(arm.sd())).isTrue();
		}
	}

	@Test
	void thePlanNamesTheArmLabelsAndTheKpiColumnOfARawExport() throws Exception {
		UnitLayout layout = new UnitLayout("gate_30", "gate_40", "retention_7", KpiKind.RATE);
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/pilot/cookie-cats-400.csv"))) {
			UnitTally tally = new UnitCsvReader(layout).read(in);
			assertThat(tally.rows()).isEqualTo(400);
			assertThat(tally.rejectedCount()).isZero();
			// counted independently with awk: $2=="gate_30" && $5=="True"
			assertThat(tally.control()).isEqualTo(ArmTotals.ofRate("control", 193, 45));
			assertThat(tally.treatment()).isEqualTo(ArmTotals.ofRate("treatment", 207, 52));
		}
		UnitTally tally = new UnitCsvReader(layout).read(new ByteArrayInputStream("""
				user_id,group,retention_7
				1,gate_30,True
				2,A,False
				3,gate_40,maybe
				""".getBytes(StandardCharsets.UTF_8)));
		assertThat(tally.rejected()).containsExactly(
				new RejectedUnit(3, "group 'A' is neither gate_30 (control) nor gate_40 (treatment)"),
				new RejectedUnit(4, "retention_7 'maybe' is not 0/1 (or true/false, yes/no)"));
		assertThatThrownBy(() -> new UnitCsvReader(layout)
			.read(new ByteArrayInputStream("userid,variant,retention_1\n1,gate_30,1\n".getBytes())))
			.isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("kpiColumn 'retention_7' is not in the header userid,variant,retention_1");
	}

	@Test
	void theArmAndUnitColumnsGoByTheirUsualNames() throws CsvFormatException {
		for (String header : java.util.List.of("unit_id,arm", "user_id,group", "userid,variant", "UserId,Version")) {
			UnitTally tally = read(header + ",converted\n1,control,1\n2,treatment,0\n");
			assertThat(tally.control().units() + tally.treatment().units()).as(header).isEqualTo(2);
		}
	}

}
