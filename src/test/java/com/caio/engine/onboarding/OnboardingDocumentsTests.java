package com.caio.engine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.caio.engine.onboarding.render.GanttPng;
import com.caio.engine.onboarding.render.GanttSvg;
import com.caio.engine.onboarding.render.PlanCalendar;
import com.caio.engine.onboarding.render.PlanPdf;
import com.caio.engine.onboarding.render.PlanWorkbook;
import com.lowagie.text.pdf.PdfReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan's documents for the shipped example, written to target/onboarding-documents so
 * they can be rendered and looked at; the calendar is checked with an independent RFC
 * 5545 parser (ical4j).
 */
class OnboardingDocumentsTests {

	private static final Path OUT = Path.of("target/onboarding-documents");

	private final OnboardingResult result = OnboardingFixtures.assess(OnboardingFixtures.example());

	@Test
	void theCalendarParsesAsRfc5545WithCrlfFoldedLinesUidsAndStamps() throws Exception {
		ObjectNode tree = OnboardingFixtures.tree();
		tree.put("engagement", "Fractional Chief AI Officer for Northwind Logistics – a long engagement name, with "
				+ "commas; semicolons and accents: é, ü, 北京");
		OnboardingResult r = OnboardingFixtures.assess(OnboardingFixtures.read(tree));
		byte[] ics = PlanCalendar.render(r, Instant.parse("2027-01-04T09:00:00Z"));
		keep("plan.ics", PlanCalendar.render(result, Instant.now()));
		String text = new String(ics, StandardCharsets.UTF_8);
		assertThat(text).endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		assertThat(events).hasSize(r.steeringMeetings().size() + r.milestones().size());
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getUid()).isPresent();
			assertThat(e.getDateTimeStamp()).isNotNull();
		});
		assertThat(events.stream().map(e -> e.getUid().get().getValue()).distinct()).hasSize(events.size());
		assertThat(events.get(0).getSummary().getValue()).startsWith("Steering committee 1 of 7: ")
			.contains("with commas; semicolons", "北京");
		assertThat(events.get(0).getDateTimeStart().getValue()).isEqualTo("20270114T100000");
	}

	@Test
	void theGanttChartIsASlideSizedSvgAndPng() throws IOException {
		byte[] svg = GanttSvg.render(result);
		byte[] png = GanttPng.render(result);
		keep("gantt.svg", svg);
		keep("gantt.png", png);
		String text = new String(svg, StandardCharsets.UTF_8);
		assertThat(text).startsWith("<svg").contains("W13", "Priority roadmap accepted", "today");
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isBetween(600, 900);
	}

	@Test
	void theWorkbookAndPdfCarryEveryMilestone() throws IOException {
		byte[] xlsx = PlanWorkbook.render(result);
		byte[] pdf = PlanPdf.render(result);
		keep("plan.xlsx", xlsx);
		keep("plan.pdf", pdf);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheet("90-day plan").getLastRowNum()).isEqualTo(result.milestones().size());
			assertThat(book.getSheet("90-day plan").getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(result.milestones().get(0).dueDate());
			assertThat(book.getSheet("Steering meetings").getLastRowNum()).isEqualTo(7);
		}
		PdfReader reader = new PdfReader(pdf);
		try {
			assertThat(reader.getNumberOfPages()).isBetween(2, 3);
		}
		finally {
			reader.close();
		}
	}

	private static void keep(String name, byte[] content) throws IOException {
		Files.createDirectories(OUT);
		Files.write(OUT.resolve(name), content);
	}

	static List<String> lines(String text) {
		return Arrays.asList(text.split("\r\n"));
	}

}
