package com.caio.engine.governance;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.governance.model.KpiPoint;
import com.caio.engine.governance.model.KpiSeries;

/**
 * Reads the KPI series: {@code kpi, date, value, unit, higher_is_better, baseline,
 * target}, one row per KPI and day. Refused, naming the line: a date out of order or
 * repeated within a KPI, a unit, direction or target that changes within a KPI, a KPI
 * with no baseline row.
 */
final class KpiReader {

	static final List<String> COLUMNS = List.of("kpi", "date", "value", "unit", "higher_is_better", "baseline",
			"target");

	private record Row(String kpi, KpiPoint point, String unit, boolean higher, Double target) {
	}

	List<KpiSeries> read(InputStream in, String file) {
		Lines lines = new Lines(file, COLUMNS);
		Map<String, List<Row>> byKpi = new LinkedHashMap<>();
		lines.read(in, Set.of("kpi", "date", "value", "higher_is_better", "baseline"), l -> {
			Row row = new Row(l.required("kpi", "the KPI's name"),
					new KpiPoint(l.date("date", true), l.number("value"), l.yesNo("baseline", false), l.line()),
					l.text("unit"), l.yesNo("higher_is_better", null), l.optionalNumber("target"));
			List<Row> series = byKpi.computeIfAbsent(row.kpi(), k -> new ArrayList<>());
			if (!series.isEmpty()) {
				consistent(l, series.get(series.size() - 1), row);
			}
			series.add(row);
			return row;
		});
		if (byKpi.isEmpty()) {
			throw BadInputException.at(file, 2, 1, "the file has no KPI rows");
		}
		List<KpiSeries> out = new ArrayList<>();
		byKpi.forEach((kpi, rows) -> {
			if (rows.stream().noneMatch(r -> r.point().baseline())) {
				throw BadInputException.at(file, rows.get(0).point().line(), 1, "the KPI '" + kpi
						+ "' has no baseline: mark the rows of its baseline period with baseline = yes");
			}
			Row first = rows.get(0);
			Double target = rows.stream().map(Row::target).filter(Objects::nonNull).findFirst().orElse(null);
			out.add(new KpiSeries(kpi, first.unit(), first.higher(), target, rows.stream().map(Row::point).toList()));
		});
		return out;
	}

	private static void consistent(Lines l, Row previous, Row row) {
		long before = previous.point().line();
		if (row.point().date().equals(previous.point().date())) {
			throw l.refuse("date", "the KPI '" + row.kpi() + "' already has a value on " + row.point().date()
					+ " (line " + before + "); give one value per KPI and day");
		}
		if (row.point().date().isBefore(previous.point().date())) {
			throw l.refuse("date",
					"dates out of order: " + row.point().date() + " comes after " + previous.point().date() + " (line "
							+ before + ") for the KPI '" + row.kpi() + "'; sort each KPI's rows by date");
		}
		if (!row.unit().equals(previous.unit())) {
			throw l.refuse("unit", "the unit '" + row.unit() + "' differs from '" + previous.unit() + "' on line "
					+ before + "; a KPI has one unit");
		}
		if (row.higher() != previous.higher()) {
			throw l.refuse("higher_is_better", "the direction differs from line " + before + "; a KPI has one");
		}
		if (row.target() != null && previous.target() != null && !row.target().equals(previous.target())) {
			throw l.refuse("target", "the target differs from line " + before + "; a KPI has one target");
		}
		if (row.point().baseline() && !previous.point().baseline()) {
			throw l.refuse("baseline", "a baseline row after the baseline period ended (line " + before
					+ "); the baseline is the KPI's first rows");
		}
	}

}
