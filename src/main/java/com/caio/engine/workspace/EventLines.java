package com.caio.engine.workspace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.caio.engine.engagement.model.Access;
import com.caio.engine.engagement.model.Decision;
import com.caio.engine.engagement.model.Deliverable;
import com.caio.engine.engagement.model.EngagementEvent;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.Meeting;
import com.caio.engine.engagement.model.Person;
import com.caio.engine.engagement.model.SignOff;

/** An engagement's events as a timeline reads them: newest first, one sentence each. */
final class EventLines {

	/** One line of the timeline. */
	record Line(LocalDate date, String kind, String id, String text) {
	}

	private EventLines() {
	}

	/** The timeline, amounts and dates in the sentences written in {@code locale}. */
	static List<Line> of(EngagementRecords records, Locale locale) {
		return records.events()
			.stream()
			.map(e -> new Line(e.date(), label(e.kind()), e.id(), sentence(records, e, locale)))
			.sorted(Comparator.comparing(Line::date).reversed().thenComparing(Line::id))
			.toList();
	}

	static String label(String kind) {
		String words = kind.replace('-', ' ');
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	private static String sentence(EngagementRecords records, EngagementEvent event, Locale locale) {
		String text = label(event.kind());
		if (event instanceof SignOff s) {
			text = name(records, s.person()) + (s.approve() ? " approved " : " rejected ")
					+ artefact(records, s.artefact()) + (s.comment() == null ? "" : ": " + s.comment());
		}
		else if (event instanceof Decision d) {
			text = label(d.decisionKind()) + ": " + d.outcome()
					+ (d.amount() == null ? "" : " (" + Money.format(d.amount(), d.currency(), locale) + ")")
					+ (d.decidedBy().isEmpty() ? "" : ", decided by " + names(records, d.decidedBy()));
		}
		else if (event instanceof Meeting m) {
			text = label(m.meetingKind()) + " meeting"
					+ (m.attendees().isEmpty() ? "" : " with " + names(records, m.attendees()))
					+ (m.minutes() == null ? "" : ": " + m.minutes());
		}
		else if (event instanceof Deliverable d) {
			text = d.name() + " delivered" + (d.accepted()
					? ", accepted by " + names(records, d.acceptedBy()) + " on " + Dates.format(d.acceptedOn(), locale)
					: "");
		}
		else if (event instanceof Access a) {
			text = "Access to " + a.system() + " requested"
					+ (a.granted() ? ", granted on " + Dates.format(a.grantedOn(), locale) : ", not granted yet");
		}
		return event.supersedes() == null ? text : text + " (corrects " + event.supersedes() + ")";
	}

	private static String name(EngagementRecords records, String personId) {
		return records.person(personId).map(Person::name).orElse(personId);
	}

	private static String names(EngagementRecords records, List<String> ids) {
		return String.join(", ", ids.stream().map(id -> name(records, id)).toList());
	}

	private static String artefact(EngagementRecords records, String artefactId) {
		return records.artefact(artefactId).map(a -> a.name()).orElse(artefactId);
	}

}
