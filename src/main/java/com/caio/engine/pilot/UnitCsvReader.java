package com.caio.engine.pilot;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;

/**
 * Streams a per-unit CSV ({@code unit_id,arm,converted} or {@code unit_id,arm,value})
 * into per-arm totals in one pass and constant memory; a bad row is rejected by line with
 * its reason and the rest are counted. Means use Welford's update, so 10 million values
 * lose no precision.
 */
final class UnitCsvReader {

	static final int KEPT_REJECTIONS = 100;

	/** Running totals of one arm. */
	private static final class Arm {

		long units;

		long conversions;

		double mean;

		double m2;

		void add(double value) {
			units++;
			double d = value - mean;
			mean += d / units;
			m2 += d * (value - mean);
		}

		ArmTotals totals(String name, KpiKind kind) {
			return kind == KpiKind.RATE ? ArmTotals.ofRate(name, units, conversions)
					: ArmTotals.ofMean(name, units, mean, units > 1 ? Math.sqrt(m2 / (units - 1)) : 0);
		}

	}

	UnitTally read(InputStream in) throws CsvFormatException {
		try (CsvRows rows = CsvRows.open(in)) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.toLowerCase(Locale.ROOT)).toList();
			int unit = column(header, "unit_id");
			int arm = column(header, "arm");
			KpiKind kind = header.contains("converted") ? KpiKind.RATE : KpiKind.MEAN;
			int value = header.indexOf(kind == KpiKind.RATE ? "converted" : "value");
			if (value < 0) {
				throw new CsvFormatException(1, header.size() + 1,
						"no 'converted' or 'value' column; expected unit_id,arm,converted or unit_id,arm,value");
			}
			Arm control = new Arm();
			Arm treatment = new Arm();
			List<RejectedUnit> rejected = new ArrayList<>();
			long rejectedCount = 0;
			long count = 0;
			for (CsvRow row = rows.next(); row != null; row = rows.next()) {
				count++;
				String reason = add(row, header.size(), unit, arm, value, kind, control, treatment);
				if (reason != null) {
					rejectedCount++;
					if (rejected.size() < KEPT_REJECTIONS) {
						rejected.add(new RejectedUnit(row.line(), reason));
					}
				}
			}
			return new UnitTally(kind, count, control.totals("control", kind), treatment.totals("treatment", kind),
					rejectedCount, List.copyOf(rejected));
		}
		catch (java.io.IOException ex) {
			throw new CsvFormatException(1, 1, "cannot read the file: " + ex.getMessage());
		}
	}

	/** Adds one row; returns why it was rejected, or null. */
	private static String add(CsvRow row, int width, int unit, int armColumn, int valueColumn, KpiKind kind,
			Arm control, Arm treatment) {
		if (row.values().length != width) {
			return "expected " + width + " fields, found " + row.values().length;
		}
		if (row.value(unit).isBlank()) {
			return "missing unit_id";
		}
		String armName = row.value(armColumn).strip();
		Arm arm = "control".equalsIgnoreCase(armName) ? control
				: "treatment".equalsIgnoreCase(armName) ? treatment : null;
		if (arm == null) {
			return "arm '" + armName + "' is neither control nor treatment";
		}
		String cell = row.value(valueColumn).strip();
		if (kind == KpiKind.RATE) {
			int converted = converted(cell);
			if (converted < 0) {
				return "converted '" + cell + "' is not 0/1 (or true/false, yes/no)";
			}
			arm.units++;
			arm.conversions += converted;
			return null;
		}
		double v;
		try {
			v = Double.parseDouble(cell);
		}
		catch (NumberFormatException ex) {
			return "value '" + cell + "' is not a number";
		}
		if (!Double.isFinite(v)) {
			return "value '" + cell + "' is not a finite number";
		}
		arm.add(v);
		return null;
	}

	private static int converted(String cell) {
		return switch (cell.toLowerCase(Locale.ROOT)) {
			case "1", "true", "yes" -> 1;
			case "0", "false", "no" -> 0;
			default -> -1;
		};
	}

	private static int column(List<String> header, String name) throws CsvFormatException {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new CsvFormatException(1, 1, "no '" + name + "' column; the header is " + String.join(",", header)
					+ ", expected unit_id,arm,converted or unit_id,arm,value");
		}
		return index;
	}

}
