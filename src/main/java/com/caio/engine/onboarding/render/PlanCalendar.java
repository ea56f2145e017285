package com.caio.engine.onboarding.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.caio.engine.common.Hashing;
import com.caio.engine.onboarding.OnboardingResult;

/**
 * The steering meetings and milestone reviews as an iCalendar file (RFC 5545) that
 * Outlook and Google Calendar import: CRLF line ends, lines folded at 75 octets, a stable
 * UID per event (so a re-import updates rather than duplicates), DTSTAMP in UTC. Steering
 * meetings are at 10:00 local (floating) time for an hour; milestone reviews are all-day
 * events on the due date.
 */
public final class PlanCalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	static final LocalTime STEERING_TIME = LocalTime.of(10, 0);

	private PlanCalendar() {
	}

	public static byte[] render(OnboardingResult r, Instant stamp) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//caio-engine//90-day onboarding plan//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(r.engagement() + ": 90-day plan"));
		List<LocalDate> meetings = r.steeringMeetings();
		for (int i = 0; i < meetings.size(); i++) {
			LocalDate d = meetings.get(i);
			String summary = "Steering committee " + (i + 1) + " of " + meetings.size() + ": " + r.engagement();
			begin(out, uid(r, "steering " + d), stamp);
			line(out, "DTSTART:" + LOCAL.format(d.atTime(STEERING_TIME)));
			line(out, "DTEND:" + LOCAL.format(d.atTime(STEERING_TIME.plusHours(1))));
			line(out, "SUMMARY:" + text(summary));
			line(out, "DESCRIPTION:" + text("Progress against the 90-day plan, decisions and risks. Cadence: every "
					+ r.cadenceWeeks() + " week" + (r.cadenceWeeks() == 1 ? "" : "s") + "."));
			line(out, "CATEGORIES:Steering committee");
			line(out, "END:VEVENT");
		}
		for (OnboardingResult.Milestone m : r.milestones()) {
			begin(out, uid(r, "milestone " + m.week() + " " + m.name()), stamp);
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(m.dueDate()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(m.dueDate().plusDays(1)));
			line(out, "SUMMARY:" + text("Milestone review, week " + m.week() + ": " + m.name()));
			line(out,
					"DESCRIPTION:" + text(
							"Accountable: " + m.accountable() + ". Responsible: " + String.join(", ", m.responsible())
									+ ". Stakeholders: " + String.join(", ", m.stakeholders()) + "."));
			line(out, "CATEGORIES:Milestone review");
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toByteArray();
	}

	private static void begin(ByteArrayOutputStream out, String uid, Instant stamp) {
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid);
		line(out, "DTSTAMP:" + UTC.format(stamp));
	}

	/** Stable across regenerations of the same plan. */
	private static String uid(OnboardingResult r, String item) {
		var digest = Hashing.sha256();
		digest.update((r.engagement() + "|" + r.startDate() + "|" + item).getBytes(StandardCharsets.UTF_8));
		return Hashing.hex(digest).substring(0, 32) + "@caio-engine";
	}

	/** Escapes a TEXT value (RFC 5545 section 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Writes a content line folded at 75 octets, never inside a UTF-8 character. */
	static void line(ByteArrayOutputStream out, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		int limit = 75;
		while (bytes.length - start > limit) {
			int end = start + limit;
			while ((bytes[end] & 0xC0) == 0x80) {
				end--;
			}
			out.write(bytes, start, end - start);
			out.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
			start = end;
			limit = 74;
		}
		out.write(bytes, start, bytes.length - start);
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}
