package com.caio.engine.maturity;

import java.util.HashMap;
import java.util.Map;

/**
 * An exact set of respondent ids (or of other keys such as a question and a respondent),
 * small enough for files of tens of millions of rows in a 256 MB heap. Two different ids
 * are never taken for the same one: a false "duplicate" would reject a real respondent.
 * <p>
 * Ids that end in a number ({@code R1}, {@code 17}, {@code resp-000123}), as survey tools
 * number their responses, are kept as bits: one bitmap per text before the number and
 * count of its digits, in pages of 4,096 numbers, so a run of numbered respondents costs
 * about one bit each. Every other id, and the ids of a prefix whose numbers are too
 * sparse for pages to pay, are kept as their UTF-8 bytes in {@link IdStrings}.
 */
final class RespondentSet {

	/** Beyond this many prefixes, new prefixes go to the strings. */
	private static final int MAX_GROUPS = 256;

	private static final int MAX_DIGITS = 18;

	private final Map<String, Numbered> groups = new HashMap<>();

	private final IdStrings strings = new IdStrings();

	private Numbered last;

	private long size;

	/** Adds the id; false if it was already there. */
	boolean add(String id) {
		boolean added = addUncounted(id);
		if (added) {
			size++;
		}
		return added;
	}

	/** Adds a key made of two parts, e.g. a question id and a respondent id. */
	boolean add(String first, String second) {
		// the respondent last, so numbered respondents share one prefix per question
		return add(first + '\u0000' + second);
	}

	long size() {
		return size;
	}

	private boolean addUncounted(String id) {
		int digits = 0;
		while (digits < id.length() && isDigit(id.charAt(id.length() - 1 - digits))) {
			digits++;
		}
		if (digits == 0 || digits > MAX_DIGITS) {
			return strings.add(id);
		}
		Numbered group = last;
		if (group == null || group.digits != digits || id.length() - digits != group.prefix.length()
				|| !id.startsWith(group.prefix)) {
			group = group(id, digits);
			if (group == null) {
				return strings.add(id);
			}
		}
		if (group.spilled) {
			return strings.add(id);
		}
		long number = Long.parseLong(id, id.length() - digits, id.length(), 10);
		boolean added = group.add(number);
		if (added && group.tooSparse()) {
			group.spill(strings);
		}
		return added;
	}

	/** The group of a prefix and count of digits, made if there is room; null if not. */
	private Numbered group(String id, int digits) {
		String prefix = id.substring(0, id.length() - digits);
		String key = prefix + '\u0000' + digits;
		Numbered group = groups.get(key);
		if (group == null) {
			if (groups.size() >= MAX_GROUPS) {
				return null;
			}
			group = new Numbered(prefix, digits);
			groups.put(key, group);
		}
		// ids of one file mostly share their prefix: the next one likely finds it here
		last = group;
		return group;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * The numbers after one prefix with one count of digits, as pages of bits. {@code R7}
	 * and {@code R07} are different ids and fall in different groups.
	 */
	private static final class Numbered {

		private static final int PAGE_BITS = 12;

		/** Bytes a page costs with its map entry, about. */
		private static final long PAGE_COST = (1 << PAGE_BITS) / 8 + 80;

		private final String prefix;

		private final int digits;

		private final Map<Long, long[]> pages = new HashMap<>();

		private long members;

		private long lastKey = -1;

		private long[] lastPage;

		private boolean spilled;

		Numbered(String prefix, int digits) {
			this.prefix = prefix;
			this.digits = digits;
		}

		boolean add(long number) {
			long key = number >>> PAGE_BITS;
			long[] page = key == lastKey ? lastPage : null;
			if (page == null) {
				page = pages.computeIfAbsent(key, k -> new long[(1 << PAGE_BITS) / 64]);
				lastKey = key;
				lastPage = page;
			}
			int bit = (int) (number & ((1 << PAGE_BITS) - 1));
			long mask = 1L << bit;
			if ((page[bit >>> 6] & mask) != 0) {
				return false;
			}
			page[bit >>> 6] |= mask;
			members++;
			return true;
		}

		/** Pages cost more than the ids would as strings (~24 bytes each), past 1 MB. */
		boolean tooSparse() {
			long cost = pages.size() * PAGE_COST;
			return cost > (1 << 20) && cost > members * 24;
		}

		/** Moves every number to the strings, written back as it was read. */
		void spill(IdStrings strings) {
			StringBuilder id = new StringBuilder(prefix.length() + digits);
			for (Map.Entry<Long, long[]> page : pages.entrySet()) {
				long base = page.getKey() << PAGE_BITS;
				long[] bits = page.getValue();
				for (int w = 0; w < bits.length; w++) {
					for (long word = bits[w]; word != 0; word &= word - 1) {
						long number = base + w * 64L + Long.numberOfTrailingZeros(word);
						String n = Long.toString(number);
						id.setLength(0);
						id.append(prefix);
						for (int z = n.length(); z < digits; z++) {
							id.append('0');
						}
						id.append(n);
						strings.add(id.toString());
					}
				}
			}
			pages.clear();
			lastPage = null;
			lastKey = -1;
			spilled = true;
		}

	}

}
