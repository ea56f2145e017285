package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.malformed.MalformedCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every risk register of the malformed corpus through the real reader, with its outcome.
 */
class MalformedRegisterTests {

	static Stream<MalformedCorpus.Case> registers() {
		return MalformedCorpus.of("risk").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("registers")
	void eachRegisterHasItsExpectedOutcome(MalformedCorpus.Case c) throws Exception {
		byte[] bytes = MalformedCorpus.bytes(c);
		if (c.accepted()) {
			Register register = new RegisterReader().read(new ByteArrayInputStream(bytes));
			assertThat(register.rejected().stream().map(RejectedRow::line).toList()).as(c + " " + register.rejected())
				.isEqualTo(c.rejectedLines());
			if (!c.message().isEmpty()) {
				assertThat(register.rejected().get(0).reason()).contains(c.message());
			}
		}
		else {
			assertThatThrownBy(() -> new RegisterReader().read(new ByteArrayInputStream(bytes)))
				.isInstanceOfSatisfying(CsvFormatException.class, ex -> {
					assertThat(ex.describe(c.name())).as(c.toString()).startsWith(c.name() + ":" + c.where());
					assertThat(ex.getMessage()).as(c.toString()).contains(c.message());
				});
		}
	}

}
