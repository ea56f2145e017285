package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A fractional CAIO's work with one client: who the client is, when it started, who leads
 * it for the practice, which stories are in scope, and how the client writes dates and
 * numbers ({@code locale}, a language tag such as {@code de-DE}; none is British
 * English).
 */
public record Engagement(String client, String title, LocalDate start, String lead, List<String> stories,
		String locale) {

	/** How pages write dates and numbers when an engagement names no locale. */
	public static final Locale DEFAULT_LOCALE = Locale.UK;

	public Engagement {
		stories = List.copyOf(stories);
	}

	public Engagement(String client, String title, LocalDate start, String lead, List<String> stories) {
		this(client, title, start, lead, stories, null);
	}

	public boolean inScope(String storyId) {
		return stories.contains(storyId);
	}

	/** The locale to write this engagement's dates and numbers in. */
	public Locale writtenIn() {
		return locale == null ? DEFAULT_LOCALE : Locale.forLanguageTag(locale);
	}

}
