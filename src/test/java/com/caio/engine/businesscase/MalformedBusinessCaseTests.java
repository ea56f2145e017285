package com.caio.engine.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import com.caio.engine.malformed.MalformedCorpus;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every business case and baseline CSV of the malformed corpus through the real readers,
 * with its outcome.
 */
class MalformedBusinessCaseTests {

	static Stream<MalformedCorpus.Case> cases() {
		return MalformedCorpus.of("businesscase", "baseline").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachFileHasItsExpectedOutcome(MalformedCorpus.Case c) {
		byte[] bytes = MalformedCorpus.bytes(c);
		Runnable read = c.kind().equals("baseline") ? () -> BaselineCsv.read(new ByteArrayInputStream(bytes), c.name())
				: () -> new BusinessCaseReader().read(bytes, c.name(), List.of());
		if (c.accepted()) {
			read.run();
		}
		else {
			assertThatThrownBy(read::run).isInstanceOfSatisfying(BadInputException.class, ex -> {
				assertThat(ex.where()).as(c.toString()).startsWith(c.where());
				assertThat(ex.getMessage()).as(c.toString()).contains(c.message());
			});
		}
	}

}
