package com.caio.engine.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Strict decoding gives the text whole, however little room each read has. */
class StrictUtf8ReaderTests {

	private static final String[] PIECES = { "a", ",", "\n", "\r\n", "\u00e9", "\u65e5", "\ud83d\ude00", "\ud834\udd1e",
			"Strongly agree" };

	@Test
	void readsOfEveryLengthGiveTheTextWholeCharactersOfTwoCharsIncluded() throws Exception {
		SplittableRandom random = new SplittableRandom(1128);
		for (int file = 0; file < 500; file++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(3000);
			while (text.length() < length) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			StringBuilder read = new StringBuilder();
			try (StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes),
					4 + random.nextInt(64))) {
				char[] chunk = new char[8];
				while (true) {
					int off = random.nextInt(3);
					int n = reader.read(chunk, off, 1 + random.nextInt(chunk.length - off));
					if (n < 0) {
						break;
					}
					read.append(chunk, off, n);
				}
			}
			assertThat(read.toString()).isEqualTo(text.toString());
		}
	}

}
