package com.caio.engine.acceptance;

import io.cucumber.spring.ScenarioScope;
import org.springframework.stereotype.Component;

/** What a scenario changed in the rules and which versions it saw. */
@Component
@ScenarioScope
public class RuleEdits {

	private String notedVersion;

	private String newVersion;

	private int editedLine;

	private boolean edited;

	void noteVersion(String version) {
		this.notedVersion = version;
	}

	String notedVersion() {
		return notedVersion;
	}

	void newVersion(String version) {
		this.newVersion = version;
	}

	String newVersion() {
		return newVersion;
	}

	void editedLine(int line) {
		this.editedLine = line;
	}

	int editedLine() {
		return editedLine;
	}

	void markEdited() {
		this.edited = true;
	}

	boolean edited() {
		return edited;
	}

}
