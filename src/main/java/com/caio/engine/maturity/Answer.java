package com.caio.engine.maturity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one answer cell: 1-5, a Likert label, blank (unanswered) or N/A / Don't know (not
 * applicable). Encoded as a byte so a row of answers needs no objects.
 */
final class Answer {

	static final byte BLANK = 0;

	static final byte NOT_APPLICABLE = 6;

	static final byte INVALID = -1;

	static final String ACCEPTED = "1-5, Strongly disagree, Disagree, Neither agree nor disagree, Agree, "
			+ "Strongly agree, N/A, Don't know, or blank";

	private static final Map<String, Byte> LABELS = Map.ofEntries(Map.entry("strongly disagree", (byte) 1),
			Map.entry("disagree", (byte) 2), Map.entry("neither agree nor disagree", (byte) 3),
			Map.entry("neutral", (byte) 3), Map.entry("agree", (byte) 4), Map.entry("strongly agree", (byte) 5),
			Map.entry("n/a", NOT_APPLICABLE), Map.entry("na", NOT_APPLICABLE),
			Map.entry("not applicable", NOT_APPLICABLE), Map.entry("don't know", NOT_APPLICABLE),
			Map.entry("dont know", NOT_APPLICABLE), Map.entry("do not know", NOT_APPLICABLE));

	/**
	 * The labels as forms tools write them (as listed, Capitalised, UPPER CASE), by their
	 * length: a cell found here needs no normalising, which is the common case of a Forms
	 * export, and is found by comparing it with the few labels of its length (no hash of
	 * the cell, which a profile found to be most of the tally's time).
	 */
	private static final String[][] AS_WRITTEN = new String[32][];

	private static final byte[][] AS_WRITTEN_VALUES = new byte[32][];

	static {
		LABELS.forEach((label, value) -> {
			for (String written : new String[] { label, Character.toUpperCase(label.charAt(0)) + label.substring(1),
					label.toUpperCase(Locale.ROOT) }) {
				int n = written.length();
				String[] same = AS_WRITTEN[n] == null ? new String[0] : AS_WRITTEN[n];
				if (!java.util.Arrays.asList(same).contains(written)) {
					AS_WRITTEN[n] = java.util.Arrays.copyOf(same, same.length + 1);
					AS_WRITTEN[n][same.length] = written;
					byte[] values = AS_WRITTEN_VALUES[n] == null ? new byte[0] : AS_WRITTEN_VALUES[n];
					AS_WRITTEN_VALUES[n] = java.util.Arrays.copyOf(values, values.length + 1);
					AS_WRITTEN_VALUES[n][values.length] = value;
				}
			}
		});
	}

	/** {@link #AS_WRITTEN} as ASCII bytes. */
	private static final byte[][][] AS_WRITTEN_BYTES = new byte[32][][];

	/**
	 * {@link #AS_WRITTEN} as little-endian longs of eight bytes, the last one's bytes
	 * past the label zero: compared eight bytes at a time with the cell's.
	 */
	private static final long[][][] AS_WRITTEN_WORDS = new long[32][][];

	private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
		.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

	static {
		for (int n = 0; n < AS_WRITTEN.length; n++) {
			if (AS_WRITTEN[n] != null) {
				AS_WRITTEN_BYTES[n] = new byte[AS_WRITTEN[n].length][];
				AS_WRITTEN_WORDS[n] = new long[AS_WRITTEN[n].length][];
				for (int i = 0; i < AS_WRITTEN[n].length; i++) {
					byte[] label = AS_WRITTEN[n][i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
					AS_WRITTEN_BYTES[n][i] = label;
					byte[] padded = java.util.Arrays.copyOf(label, (n + 7) & ~7);
					long[] words = new long[padded.length / 8];
					for (int k = 0; k < words.length; k++) {
						words[k] = (long) LONGS.get(padded, 8 * k);
					}
					AS_WRITTEN_WORDS[n][i] = words;
				}
			}
		}
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * What follows the digit of a labelled scale: a separator or a space, then a word.
	 */
	private static final Pattern LABELLED = Pattern.compile("(\\s*[-:.)=(]\\s*|\\s+)\\p{L}{2}.*");

	private Answer() {
	}

	/** 1-5, {@link #BLANK}, {@link #NOT_APPLICABLE} or {@link #INVALID}. */
	static byte parse(String cell) {
		if (cell.length() == 1) {
			char c = cell.charAt(0);
			if (c >= '1' && c <= '5') {
				return (byte) (c - '0');
			}
		}
		String s = cell.strip();
		if (s.isEmpty()) {
			return BLANK;
		}
		if (s.length() == 1) {
			char c = s.charAt(0);
			return c >= '1' && c <= '5' ? (byte) (c - '0') : INVALID;
		}
		// "4 - Agree", as some forms tools export a labelled scale; "1e309" is no label
		if (s.charAt(0) >= '1' && s.charAt(0) <= '5' && LABELLED.matcher(s.substring(1)).matches()) {
			return (byte) (s.charAt(0) - '0');
		}
		byte written = asWritten(s);
		if (written != INVALID) {
			return written;
		}
		Byte label = LABELS.get(SPACES.matcher(s.replace('\u2019', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT));
		return label == null ? INVALID : label;
	}

	/**
	 * As {@link #parse(String)} of {@code text.substring(from, to)}, without that
	 * substring: a digit or a label as a forms tool writes it is read in place, any other
	 * spelling is parsed once and then found in {@code seen}.
	 */
	static byte parse(String text, int from, int to, Spellings seen) {
		if (to - from == 1) {
			char c = text.charAt(from);
			if (c >= '1' && c <= '5') {
				return (byte) (c - '0');
			}
		}
		// what String.strip() takes off: no whitespace character is a surrogate
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		if (from == to) {
			return BLANK;
		}
		if (to - from == 1) {
			char c = text.charAt(from);
			return c >= '1' && c <= '5' ? (byte) (c - '0') : INVALID;
		}
		byte written = asWritten(text, from, to);
		return written != INVALID ? written : seen.parse(text, from, to);
	}

	/**
	 * As {@link #parse(String)} of the UTF-8 text {@code bytes[from .. to)}, without
	 * decoding it: a digit or a label as a forms tool writes it is read in place, any
	 * other spelling is parsed once and then found in {@code seen}. ASCII whitespace is
	 * taken off here; any other (an em space) is left for {@link #parse(String)}, which
	 * strips it.
	 */
	static byte parse(byte[] bytes, int from, int to, Spellings seen) {
		if (to - from == 1) {
			byte c = bytes[from];
			if (c >= '1' && c <= '5') {
				return (byte) (c - '0');
			}
		}
		while (from < to && asciiWhitespace(bytes[from])) {
			from++;
		}
		while (to > from && asciiWhitespace(bytes[to - 1])) {
			to--;
		}
		if (from == to) {
			return BLANK;
		}
		if (to - from == 1) {
			// one byte of UTF-8 text is an ASCII character
			byte c = bytes[from];
			return c >= '1' && c <= '5' ? (byte) (c - '0') : INVALID;
		}
		int n = to - from;
		if (n < AS_WRITTEN_WORDS.length && AS_WRITTEN_WORDS[n] != null) {
			byte written = from + ((n + 7) & ~7) <= bytes.length ? asWrittenWords(bytes, from, n)
					: asWrittenBytes(bytes, from, to);
			if (written != INVALID) {
				return written;
			}
		}
		return seen.parse(bytes, from, to);
	}

	/**
	 * The label of {@code n} bytes at {@code from}, compared eight bytes at a time; the
	 * bytes up to the next multiple of eight are read (they are in the array) and masked.
	 */
	private static byte asWrittenWords(byte[] bytes, int from, int n) {
		long[][] labels = AS_WRITTEN_WORDS[n];
		int words = (n + 7) >>> 3;
		long lastMask = (n & 7) == 0 ? -1L : (1L << (8 * (n & 7))) - 1;
		long first = (long) LONGS.get(bytes, from);
		if (words == 1) {
			first &= lastMask;
		}
		for (int i = 0; i < labels.length; i++) {
			long[] label = labels[i];
			if (label[0] != first) {
				continue;
			}
			int k = 1;
			while (k < words) {
				long w = (long) LONGS.get(bytes, from + 8 * k);
				if (k == words - 1) {
					w &= lastMask;
				}
				if (w != label[k]) {
					break;
				}
				k++;
			}
			if (k == words) {
				return AS_WRITTEN_VALUES[n][i];
			}
		}
		return INVALID;
	}

	private static byte asWrittenBytes(byte[] bytes, int from, int to) {
		int n = to - from;
		byte[][] labels = AS_WRITTEN_BYTES[n];
		for (int i = 0; i < labels.length; i++) {
			if (java.util.Arrays.equals(bytes, from, to, labels[i], 0, n)) {
				return AS_WRITTEN_VALUES[n][i];
			}
		}
		return INVALID;
	}

	/** {@link Character#isWhitespace} of an ASCII byte; false for any other. */
	private static boolean asciiWhitespace(byte c) {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
	}

	/** The value of a label exactly as a forms tool writes it, else INVALID. */
	private static byte asWritten(String s) {
		return asWritten(s, 0, s.length());
	}

	private static byte asWritten(String text, int from, int to) {
		int n = to - from;
		String[] labels = n < AS_WRITTEN.length ? AS_WRITTEN[n] : null;
		if (labels != null) {
			char first = text.charAt(from);
			for (int i = 0; i < labels.length; i++) {
				if (labels[i].charAt(0) == first && text.startsWith(labels[i], from)) {
					return AS_WRITTEN_VALUES[n][i];
				}
			}
		}
		return INVALID;
	}

	/**
	 * The answers of one file spelt otherwise than a forms tool writes them ("4 - Agree",
	 * "Don’t know", "strongly Agree"), each parsed once and then found by its text in
	 * place (its hash, then its characters), so such a file costs no normalising, no
	 * regular expression and no allocation a cell. Bounded: past {@link #LIMIT} distinct
	 * spellings the rest are parsed each time. For one thread.
	 */
	static final class Spellings {

		static final int LIMIT = 1024;

		private final String[] keys = new String[2 * LIMIT];

		private final byte[] values = new byte[2 * LIMIT];

		private int size;

		private final byte[][] byteKeys = new byte[2 * LIMIT][];

		private final int[] byteHashes = new int[2 * LIMIT];

		private final byte[] byteValues = new byte[2 * LIMIT];

		private int byteSize;

		/** As {@link #parse(String, int, int)} of UTF-8 bytes. */
		byte parse(byte[] text, int from, int to) {
			int hash = 0;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + text[i];
			}
			int mask = byteKeys.length - 1;
			int n = to - from;
			for (int slot = (hash ^ (hash >>> 16)) & mask;; slot = (slot + 1) & mask) {
				byte[] key = byteKeys[slot];
				if (key == null) {
					byte value = Answer.parse(new String(text, from, n, java.nio.charset.StandardCharsets.UTF_8));
					if (byteSize < LIMIT) {
						byteKeys[slot] = java.util.Arrays.copyOfRange(text, from, to);
						byteHashes[slot] = hash;
						byteValues[slot] = value;
						byteSize++;
					}
					return value;
				}
				if (key.length == n && byteHashes[slot] == hash && java.util.Arrays.equals(text, from, to, key, 0, n)) {
					return byteValues[slot];
				}
			}
		}

		byte parse(String text, int from, int to) {
			int hash = 0;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + text.charAt(i);
			}
			int mask = keys.length - 1;
			int n = to - from;
			for (int slot = (hash ^ (hash >>> 16)) & mask;; slot = (slot + 1) & mask) {
				String key = keys[slot];
				if (key == null) {
					String spelling = text.substring(from, to);
					byte value = Answer.parse(spelling);
					if (size < LIMIT) {
						keys[slot] = spelling;
						values[slot] = value;
						size++;
					}
					return value;
				}
				if (key.length() == n && key.hashCode() == hash && text.regionMatches(from, key, 0, n)) {
					return values[slot];
				}
			}
		}

	}

}
