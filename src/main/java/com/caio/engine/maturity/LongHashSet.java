package com.caio.engine.maturity;

/**
 * An open-addressing set of 64-bit hashes, used to find duplicate respondents in a file
 * of millions of rows in 8-11 bytes each instead of a String per id. A 64-bit collision
 * between two different ids is possible but unlikely (about 1 in 10^7 for 2 million ids).
 */
final class LongHashSet {

	private long[] slots = new long[1 << 12];

	private boolean hasZero;

	private int size;

	/** Adds the value; false if it was already there. */
	boolean add(long value) {
		if (value == 0) {
			boolean added = !hasZero;
			hasZero = true;
			return added;
		}
		// at most 3/4 full: 3 million ids take 32 MB, not 64
		if ((size + 1) * 4L > slots.length * 3L) {
			grow();
		}
		return insert(slots, value);
	}

	int size() {
		return size + (hasZero ? 1 : 0);
	}

	private boolean insert(long[] table, long value) {
		int mask = table.length - 1;
		int i = (int) mix(value) & mask;
		while (table[i] != 0) {
			if (table[i] == value) {
				return false;
			}
			i = (i + 1) & mask;
		}
		table[i] = value;
		if (table == slots) {
			size++;
		}
		return true;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		for (long v : old) {
			if (v != 0) {
				int mask = slots.length - 1;
				int i = (int) mix(v) & mask;
				while (slots[i] != 0) {
					i = (i + 1) & mask;
				}
				slots[i] = v;
			}
		}
	}

	/**
	 * A 64-bit hash of a string (FNV-1a, then a SplitMix64 finaliser to spread the bits).
	 */
	static long hash(String s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return mix(h);
	}

	static long hash(String a, String b) {
		return mix(hash(a) * 31 + hash(b));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
