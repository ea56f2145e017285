package com.caio.engine.run;

import java.util.List;
import java.util.Set;

import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.Run;

/**
 * What a capability is, and all a capability has to say: its kind (also its rules folder,
 * URL segment and CLI word), how it reads what a user sends into a validated input, how
 * it assesses that input with the rules, and the documents it renders. Declare one as a
 * Spring bean; the generic CLI command ({@code caio <kind> FILE}), the generic controller
 * ({@code /api/<kind>}) and {@link Runs} find it, so adding one touches no shared class.
 *
 * @param <I> the validated input (a record of the capability's model)
 * @param <R> the result (a record; no id, time, version or file name: the {@link Run}
 * carries those)
 */
public interface Capability<I, R> {

	/**
	 * {@code maturity}, {@code risk}, ...: the rules folder, the URL segment and the CLI
	 * word.
	 */
	String kind();

	/** The result's type, to read a stored run back. */
	Class<R> resultType();

	/**
	 * Reads and validates what the user sent (a file, an upload or a request body, kept
	 * on disk and hashed once). Refuses with {@link com.caio.engine.common.Refusal} (or
	 * its subclasses {@code BadInputException}, {@code CsvFormatException}) naming where
	 * and what is accepted. May read rule data (a question catalogue) from {@code rules}.
	 */
	I read(Source source, RuleSet rules);

	/**
	 * Facts into the rules into a result, with nothing else: no storage, no clock, no
	 * I/O. Use {@code rules.evaluate(kind(), facts)}.
	 */
	R assess(I input, RuleSet rules);

	/**
	 * The documents it renders from a stored run: {@code text} is required; {@code svg},
	 * {@code png}, {@code pdf}, {@code pptx}, ... as it has them. {@code json} (the run
	 * itself) every capability has without declaring it.
	 */
	List<Document<R>> documents();

	/**
	 * Options that change the input, with a value: CLI {@code --name VALUE}, REST query
	 * or form parameter {@code name}.
	 */
	default Set<String> options() {
		return Set.of();
	}

	/**
	 * Further input files: CLI {@code --name FILE}, REST multipart part {@code name};
	 * read them with {@link Source#attachment(String)}.
	 */
	default Set<String> attachments() {
		return Set.of();
	}

	/** Older URLs and command words that keep working. */
	default Legacy legacy() {
		return Legacy.NONE;
	}

	/**
	 * Called once the run is stored, in the same transaction: a stateful capability keeps
	 * its aggregate row here (the pilot). Most capabilities have nothing to do.
	 */
	default void stored(Run<R> run, I input) {
	}

}
