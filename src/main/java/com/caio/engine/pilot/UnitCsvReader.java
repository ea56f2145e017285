package com.caio.engine.pilot;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.input.Numbers;

/**
 * Streams a per-unit CSV ({@code unit_id,arm,converted} or {@code unit_id,arm,value}, or
 * the columns and arm labels the plan names, see {@link UnitLayout}) into per-arm totals
 * in one pass and constant memory; a bad row is rejected by line with its reason and the
 * rest are counted. Means use Welford's update, so 10 million values lose no precision;
 * values are limited to {@link #LIMIT} in size so no sum of squares can overflow.
 */
final class UnitCsvReader {

	static final int KEPT_REJECTIONS = 100;

	/**
	 * The largest value accepted, in size: far beyond any KPI of a unit, and small enough
	 * that squares of differences summed over 10^12 units stay finite.
	 */
	static final double LIMIT = 1e15;

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

	private final UnitLayout layout;

	UnitCsvReader() {
		this(UnitLayout.DEFAULT);
	}

	UnitCsvReader(UnitLayout layout) {
		this.layout = layout;
	}

	UnitTally read(InputStream in) throws CsvFormatException {
		try (CsvRows rows = CsvRows.open(in)) {
			List<String> header = Arrays.stream(rows.header()).map(UnitLayout::key).toList();
			int unit = column(header, UnitLayout.UNIT_COLUMNS);
			int arm = column(header, UnitLayout.ARM_COLUMNS);
			KpiKind kind = kind(header);
			int value = valueColumn(header, kind);
			String valueName = header.get(value);
			Arm control = new Arm();
			Arm treatment = new Arm();
			List<RejectedUnit> rejected = new ArrayList<>();
			long rejectedCount = 0;
			long count = 0;
			for (CsvRow row = rows.next(); row != null; row = rows.next()) {
				count++;
				String reason = add(row, header, unit, arm, value, valueName, kind, control, treatment);
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

	private KpiKind kind(List<String> header) {
		if (layout.kpiColumn() != null && layout.kind() != null) {
			return layout.kind();
		}
		return header.contains("converted") ? KpiKind.RATE : KpiKind.MEAN;
	}

	private int valueColumn(List<String> header, KpiKind kind) throws CsvFormatException {
		if (layout.kpiColumn() != null) {
			int index = header.indexOf(UnitLayout.key(layout.kpiColumn()));
			if (index < 0) {
				throw new CsvFormatException(1, 1, "the plan's kpiColumn '" + layout.kpiColumn()
						+ "' is not in the header " + String.join(",", header));
			}
			return index;
		}
		int index = header.indexOf(kind == KpiKind.RATE ? "converted" : "value");
		if (index < 0) {
			throw new CsvFormatException(1, header.size() + 1,
					"no 'converted' or 'value' column; expected unit_id,arm,converted or unit_id,arm,value, "
							+ "or name the KPI column in the plan (kpiColumn)");
		}
		return index;
	}

	/** Adds one row; returns why it was rejected, or null. */
	private String add(CsvRow row, List<String> header, int unit, int armColumn, int valueColumn, String valueName,
			KpiKind kind, Arm control, Arm treatment) {
		if (row.values().length != header.size()) {
			return "expected " + header.size() + " fields, found " + row.values().length;
		}
		if (row.value(unit).isBlank()) {
			return "missing " + header.get(unit);
		}
		String armName = row.value(armColumn).strip();
		Arm arm = layout.controlLabel().equalsIgnoreCase(armName) ? control
				: layout.treatmentLabel().equalsIgnoreCase(armName) ? treatment : null;
		if (arm == null) {
			return layout.labelled()
					? header.get(armColumn) + " '" + armName + "' is neither " + layout.controlLabel()
							+ " (control) nor " + layout.treatmentLabel() + " (treatment)"
					: "arm '" + armName + "' is neither control nor treatment";
		}
		String cell = row.value(valueColumn).strip();
		if (kind == KpiKind.RATE) {
			int converted = converted(cell);
			if (converted < 0) {
				return valueName + " '" + cell + "' is not 0/1 (or true/false, yes/no)";
			}
			arm.units++;
			arm.conversions += converted;
			return null;
		}
		Numbers.Result value = Numbers.parse(cell, LIMIT);
		if (!value.ok()) {
			return valueName + " " + value.problem();
		}
		arm.add(value.value());
		return null;
	}

	private static int converted(String cell) {
		return switch (cell.toLowerCase(Locale.ROOT)) {
			case "1", "true", "yes" -> 1;
			case "0", "false", "no" -> 0;
			default -> -1;
		};
	}

	private static int column(List<String> header, List<String> names) throws CsvFormatException {
		for (String name : names) {
			int index = header.indexOf(name);
			if (index >= 0) {
				return index;
			}
		}
		throw new CsvFormatException(1, 1,
				"no '" + names.get(0) + "' column (nor " + String.join(", ", names.subList(1, names.size()))
						+ "); the header is " + String.join(",", header)
						+ ", expected unit_id,arm,converted or unit_id,arm,value");
	}

}
