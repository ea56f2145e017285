package com.caio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

/**
 * What a command prints never sends a control character other than a line feed or a tab.
 */
class TerminalSafeTests {

	/** Every way a command prints text, each given the same text. */
	private static final List<BiConsumer<PrintStream, String>> WAYS = List.of(PrintStream::print, PrintStream::println,
			(p, s) -> p.print((Object) s), (p, s) -> p.println((Object) s), (p, s) -> p.print(s.toCharArray()),
			(p, s) -> p.println(s.toCharArray()), (p, s) -> p.printf("%s", s), (p, s) -> p.format("[%s]", s),
			(p, s) -> p.append(s), (p, s) -> p.append("x" + s + "y", 1, s.length() + 1),
			(p, s) -> s.chars().forEach(c -> p.print((char) c)), (p, s) -> s.chars().forEach(c -> p.append((char) c)));

	@Test
	void everyCharacterATerminalActsOnIsShownEscapedWhicheverWayItIsPrinted() {
		for (char c = 0; c < 0x2100; c++) {
			if (Character.isSurrogate(c)) {
				continue;
			}
			String text = "a" + c + "b";
			for (BiConsumer<PrintStream, String> way : WAYS) {
				String printed = printed(way, text);
				boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x2028
						|| c == 0x2029;
				if (control) {
					assertThat(printed).as("U+%04X", (int) c).contains(String.format("a\\u%04Xb", (int) c));
				}
				else {
					assertThat(printed).as("U+%04X", (int) c).contains(text);
				}
				assertThat(printed.chars().filter(p -> p < 0x20 && p != '\n' && p != '\t' || p >= 0x7F && p <= 0x9F))
					.as("U+%04X", (int) c)
					.isEmpty();
			}
		}
		assertThat(printed(PrintStream::print, "a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
	}

	@Test
	void textWithoutControlsIsPrintedAsItIsInTheWrappedStreamsEncoding() {
		String text = "Risk R-01\tscore 20\nDonn\u00e9es \u2014 \u00ab\u00a0qualit\u00e9\u00a0\u00bb \uD83D\uDE80 \u0645\u062e\u0627\u0637\u0631\n";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream latin = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1);
		TerminalSafe.wrap(latin).print(text);
		assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(printed(PrintStream::print, text)).isEqualTo(text);
		assertThat(printed((p, s) -> {
			p.print(42);
			p.println(2.5);
			p.print(true);
			p.println(7L);
		}, "")).isEqualTo("422.5\ntrue7\n");
	}

	@Test
	void wrappingTwiceEscapesOnce() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream once = TerminalSafe.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		TerminalSafe.wrap(once).print("\u001b[2J");
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\\u001B[2J");
	}

	private static String printed(BiConsumer<PrintStream, String> way, String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream safe = TerminalSafe.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		way.accept(safe, text);
		safe.flush();
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
