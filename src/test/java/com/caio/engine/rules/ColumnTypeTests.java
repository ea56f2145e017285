package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every column type a decision-table title can declare, as docs/rules.md lists them, is
 * read as that type (the declaration's first word was read as its first letter:
 * "[number]" was refused as "unknown column type '[n]'").
 */
class ColumnTypeTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '^',
			value = { "Score at least [number] ^ score >= $param ^ NUMBER ^ ^ ^",
					"Score [number 1..25] ^ score >= $param ^ NUMBER ^ 1 ^ 25 ^",
					"Score [Number 0.5 .. 2.5] ^ score >= $param ^ NUMBER ^ 0.5 ^ 2.5 ^",
					"Weight [decimal] ^ weight == $param ^ NUMBER ^ ^ ^",
					"Severity [integer 1..4] ^ int severity = $param; ^ INTEGER ^ 1 ^ 4 ^",
					"Severity [whole number] ^ int severity = $param; ^ INTEGER ^ ^ ^",
					"Colour [colour] ^ String colour = \"$param\"; ^ COLOUR ^ ^ ^",
					"Colour [color] ^ String colour = \"$param\"; ^ COLOUR ^ ^ ^",
					"Note [text] ^ String note = \"$param\"; ^ TEXT ^ ^ ^",
					"Due [date] ^ String due = \"$param\"; ^ DATE ^ ^ ^",
					"Band [one of Low|Medium | High] ^ String band = \"$param\"; ^ CHOICE ^ ^ ^ Low|Medium|High" })
	void everyDeclaredTypeIsRead(String title, String template, ColumnType.Kind kind, String min, String max,
			String choices) {
		Object type = ColumnType.of(title, template);

		assertThat(type).isInstanceOf(ColumnType.class);
		ColumnType column = (ColumnType) type;
		assertThat(column.kind()).isEqualTo(kind);
		assertThat(column.min()).isEqualTo(min);
		assertThat(column.max()).isEqualTo(max);
		assertThat(column.choices()).isEqualTo(choices == null ? List.of() : List.of(choices.split("\\|")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '^', value = { "Score [numbers] ^ numbers", "Score [foo bar] ^ foo" })
	void anUnknownDeclarationIsNamedAsWritten(String title, String named) {
		assertThat(ColumnType.of(title, "score >= $param")).asString()
			.startsWith("unknown column type '[" + named + "]'");
	}

}
