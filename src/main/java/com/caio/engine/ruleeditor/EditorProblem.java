package com.caio.engine.ruleeditor;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the editor or a re-run cannot serve, answered as a problem with its status
 * (409 for a lock held or an input not kept, 422 for rules refused) and the properties
 * that say why ({@code holder}, {@code since}, {@code messages}).
 */
class EditorProblem extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final Map<String, Object> properties;

	EditorProblem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	EditorProblem(HttpStatus status, String title, String detail) {
		this(status, title, detail, Map.of());
	}

	HttpStatus status() {
		return status;
	}

	String title() {
		return title;
	}

	Map<String, Object> properties() {
		return properties;
	}

}
