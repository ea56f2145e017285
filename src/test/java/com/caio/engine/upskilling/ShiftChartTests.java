package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caio.engine.upskilling.UpskillingReport.Shift;
import com.caio.engine.upskilling.UpskillingReport.ShiftMonth;
import com.caio.engine.upskilling.render.ShiftChart;
import org.junit.jupiter.api.Test;

/**
 * Every text of the shift chart, measured with the font the PNG is drawn with, lies
 * inside the canvas and overlaps no other text: the shipped example, a programme logging
 * thousands of hours, and one too short for a trend.
 */
class ShiftChartTests {

	static final Pattern TEXT = Pattern.compile(
			"<text x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" fill=\"[^\"]*\" font-size=\"(\\d+)\" text-anchor=\"(\\w+)\">([^<]*)</text>");

	record Box(String text, Rectangle2D area) {
	}

	@Test
	void theExampleChartsTextFitsTheCanvasWithoutOverlaps() {
		UpskillingReport r = UpskillingFixtures.example();
		List<Box> boxes = boxes(ShiftChart.svg(r));
		assertFits(boxes);
		assertThat(boxes).extracting(Box::text)
			.contains("Blue: external AI hours logged. Orange: fitted trend (least squares) to month 12 (Dec 2026).",
					"Projected for Dec 2026: 119 h (95% interval 31 to 208 h), a 98% chance of reaching the target of 218 h.");
	}

	@Test
	void thousandsOfHoursKeepTheirSeparatorsAndStillFit() {
		UpskillingReport r = UpskillingFixtures.example();
		UpskillingReport big = withShift(r, scaled(r.shift(), 37.3));
		List<Box> boxes = boxes(ShiftChart.svg(big));
		assertFits(boxes);
		assertThat(boxes).extracting(Box::text).anyMatch(t -> t.matches("Baseline \\d{2},\\d{3} h"));
	}

	@Test
	void aProgrammeTooShortForATrendSaysSoInsideTheCanvas() {
		UpskillingReport r = UpskillingFixtures.example();
		Shift s = r.shift();
		Shift none = new Shift(s.baselineMonths(), s.baselineExternalHours(), s.months().subList(0, 4), s.method(),
				null, null, null, null, 1, s.targetMonth(), s.target(), null, null, null, null, null,
				s.latestReduction(), "not enough data", s.stateRule());
		List<Box> boxes = boxes(ShiftChart.svg(withShift(r, none)));
		assertFits(boxes);
		assertThat(boxes).extracting(Box::text)
			.contains("Blue: external AI hours logged. Too few programme months for a trend.");
	}

	static void assertFits(List<Box> boxes) {
		Rectangle2D canvas = new Rectangle2D.Double(0, 0, 900, 480);
		for (Box b : boxes) {
			assertThat(canvas.contains(b.area())).as("'%s' at %s inside the 900 x 480 canvas", b.text(), b.area())
				.isTrue();
		}
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertThat(boxes.get(i).area().intersects(boxes.get(j).area()))
					.as("'%s' overlaps '%s'", boxes.get(i).text(), boxes.get(j).text())
					.isFalse();
			}
		}
	}

	static List<Box> boxes(String svg) {
		Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		List<Box> boxes = new ArrayList<>();
		Matcher m = TEXT.matcher(svg);
		while (m.find()) {
			String text = m.group(5).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
			FontMetrics fm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, Integer.parseInt(m.group(3))));
			double w = fm.stringWidth(text);
			double x = Double.parseDouble(m.group(1));
			double left = switch (m.group(4)) {
				case "middle" -> x - w / 2;
				case "end" -> x - w;
				default -> x;
			};
			double y = Double.parseDouble(m.group(2));
			boxes.add(new Box(text,
					new Rectangle2D.Double(left, y - fm.getAscent(), w, fm.getAscent() + fm.getDescent())));
		}
		g.dispose();
		assertThat(boxes).as("texts found in the SVG").isNotEmpty();
		return boxes;
	}

	static Shift scaled(Shift s, double k) {
		DoubleUnaryOperator f = v -> v * k;
		List<ShiftMonth> months = s.months()
			.stream()
			.map(m -> new ShiftMonth(m.month(), m.programmeMonth(), f.applyAsDouble(m.externalHours()),
					f.applyAsDouble(m.inHouseHours()), m.inHouseShare(), m.reduction(), f.applyAsDouble(m.otherHours()),
					m.rows()))
			.toList();
		return new Shift(s.baselineMonths(), f.applyAsDouble(s.baselineExternalHours()), months, s.method(),
				f.applyAsDouble(s.slope()), f.applyAsDouble(s.slopeLow()), f.applyAsDouble(s.slopeHigh()),
				f.applyAsDouble(s.intercept()), s.trendMonths(), s.targetMonth(), s.target(),
				f.applyAsDouble(s.projectedExternalHours()), s.projectedReduction(), s.projectionLow(),
				s.projectionHigh(), s.probability(), s.latestReduction(), s.state(), s.stateRule());
	}

	static UpskillingReport withShift(UpskillingReport r, Shift s) {
		return new UpskillingReport(r.name(), r.organisation(), r.start(), r.curriculum(), r.baseline(), r.modules(), s,
				r.criteria(), r.findings(), r.rejected(), r.policy());
	}

}
