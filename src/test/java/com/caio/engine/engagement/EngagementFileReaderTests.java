package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An engagement file is an audit record: it is read as strictly as every other input, so
 * a key written twice or bytes that are not UTF-8 are refused at their line and column
 * rather than one value silently winning.
 */
class EngagementFileReaderTests {

	private static final String HEADER = """
			client: Northwind Foods
			title: Fractional CAIO engagement
			start: 2026-02-02
			lead: Elena Marsh
			stories: [CDO-ONBOARDING]
			""";

	private final EngagementFileReader reader = new EngagementFileReader();

	@TempDir
	Path dir;

	private Object read(byte[] content, String name) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, content);
		return reader.read(reader.tree(file)).engagement();
	}

	@Test
	void theHeaderIsReadAndAByteOrderMarkIsAllowed() throws Exception {
		ByteArrayOutputStream bom = new ByteArrayOutputStream();
		bom.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bom.write(HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(read(bom.toByteArray(), "engagement.yaml")).hasToString(
				"Engagement[client=Northwind Foods, title=Fractional CAIO engagement, start=2026-02-02, lead=Elena Marsh, stories=[CDO-ONBOARDING], locale=null]");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a key written twice      | start: 2026-03-02                | engagement.yaml:6:1  | duplicate key 'start': first at 3:1
					not a number             | figure: .nan                     | engagement.yaml:6:9  | out of range
					a number past a double   | figure: 1e400                    | engagement.yaml:6:9  | out of range
					a tab for indentation    | people:\t[]                      | engagement.yaml:6:8  | not valid YAML
					""")
	void aBrokenFileIsRefusedAtItsLineAndColumn(String name, String line, String where, String message) {
		assertThatThrownBy(() -> read((HEADER + line + "\n").getBytes(StandardCharsets.UTF_8), "engagement.yaml"))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining(where)
			.hasMessageContaining(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "de-DE, de-DE", "en_US, en-US", "fr-fr, fr-FR", "en-GB, en-GB" })
	void aLocaleIsALanguageAndRegionTheServerWrites(String text, String tag) throws Exception {
		Object engagement = read((HEADER + "locale: " + text + "\n").getBytes(StandardCharsets.UTF_8), "e.yaml");
		assertThat(((com.caio.engine.engagement.model.Engagement) engagement).locale()).isEqualTo(tag);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a language without a region   | de
			a region nobody writes        | xx-YY
			a word                        | klingon
			a tag with more after it      | en-GB-<script>
			a tag with a code after it    | "en-GB; DROP TABLE engagement"
			a number                      | 42
			""")
	void aLocaleThatIsNotOneIsRefusedAtItsField(String name, String text) {
		assertThatThrownBy(() -> read((HEADER + "locale: " + text + "\n").getBytes(StandardCharsets.UTF_8), "e.yaml"))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("locale")
			.hasMessageContaining("expected a tag such as en-GB");
	}

	@Test
	void textThatIsNotUtf8IsRefusedAtItsByte() {
		byte[] latin1 = (HEADER + "# café\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> read(latin1, "engagement.yaml")).isInstanceOf(BadInputException.class)
			.hasMessageContaining("engagement.yaml:6:6")
			.hasMessageContaining("not UTF-8");
	}

	@Test
	void anEmptyFileIsRefusedByName() {
		assertThatThrownBy(() -> read(new byte[0], "engagement.yaml")).isInstanceOf(BadInputException.class)
			.hasMessageStartingWith("engagement.yaml: the file is empty");
	}

	@Test
	void aRequestBodyIsReadAsStrictly() {
		assertThatThrownBy(() -> reader.tree("{\"kind\": \"introduction\", \"kind\": \"training\"}", false))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("(body):1:")
			.hasMessageContaining("duplicate key 'kind'");
	}

}
