package com.caio.engine.rules;

import java.util.function.Consumer;

/**
 * Parses a data file that lives beside the rules (a question catalogue, a lookup list) so
 * that it is validated, versioned and reloaded together with them.
 *
 * @param <T> the parsed form, fetched later with {@link RuleSet#data(Class)}
 */
public interface RuleDataParser<T> {

	/** The file below the rules folder, e.g. {@code maturity/questions.csv}. */
	String relativePath();

	Class<T> type();

	/**
	 * Parses the file, reporting every problem to {@code messages}; returns null if
	 * unusable.
	 */
	T parse(RuleFile file, Consumer<RuleMessage> messages);

}
