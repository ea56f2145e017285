package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.malformed.MalformedCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every survey file of the malformed corpus through the real reader, with its outcome.
 */
class MalformedSurveyTests {

	static Stream<MalformedCorpus.Case> surveys() {
		return MalformedCorpus.of("survey").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("surveys")
	void eachSurveyHasItsExpectedOutcome(MalformedCorpus.Case c) throws Exception {
		if (SurveyReaderTests.catalogue == null) {
			SurveyReaderTests.shippedCatalogue();
		}
		SurveyReader reader = new SurveyReader(SurveyReaderTests.catalogue);
		byte[] bytes = MalformedCorpus.bytes(c);
		if (c.accepted()) {
			SurveyTally tally = reader.read(new ByteArrayInputStream(bytes));
			List<Long> lines = tally.rejected().stream().map(RejectedRow::line).toList();
			assertThat(lines).as(c + " " + tally.rejected()).isEqualTo(c.rejectedLines());
			if (!c.message().isEmpty()) {
				assertThat(tally.rejected().get(0).reason()).contains(c.message());
			}
		}
		else {
			assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes)))
				.isInstanceOfSatisfying(CsvFormatException.class, ex -> {
					assertThat(ex.describe(c.name())).as(c.toString()).startsWith(c.name() + ":" + c.where());
					assertThat(ex.getMessage()).as(c.toString()).contains(c.message());
				});
		}
	}

}
