package com.caio.engine.maturity;

/**
 * A set of 64-bit hashes, used to find duplicate respondents in a file of millions of
 * rows in 8-11 bytes each instead of a String per id. Two different ids share a hash with
 * probability about n²/2^65 (about 1 in 10^7 for 3 million ids).
 * <p>
 * The set is 64 open-addressing tables chosen by the top bits of the hash: each doubles
 * on its own, so growing never needs the old and the new copy of the whole set at once
 * (that would be 1.5x its size at the moment it is largest).
 */
final class LongHashSet {

	private static final int SHARD_BITS = 6;

	private final long[][] shards = new long[1 << SHARD_BITS][];

	private final int[] sizes = new int[1 << SHARD_BITS];

	private boolean hasZero;

	LongHashSet() {
		for (int i = 0; i < shards.length; i++) {
			shards[i] = new long[64];
		}
	}

	/** Adds the value; false if it was already there. */
	boolean add(long value) {
		if (value == 0) {
			boolean added = !hasZero;
			hasZero = true;
			return added;
		}
		long mixed = mix(value);
		int shard = (int) (mixed >>> (64 - SHARD_BITS));
		// at most 3/4 full
		if ((sizes[shard] + 1) * 4L > shards[shard].length * 3L) {
			shards[shard] = grow(shards[shard]);
		}
		if (insert(shards[shard], value, mixed)) {
			sizes[shard]++;
			return true;
		}
		return false;
	}

	int size() {
		int n = hasZero ? 1 : 0;
		for (int size : sizes) {
			n += size;
		}
		return n;
	}

	private static boolean insert(long[] table, long value, long mixed) {
		int mask = table.length - 1;
		int i = (int) mixed & mask;
		while (table[i] != 0) {
			if (table[i] == value) {
				return false;
			}
			i = (i + 1) & mask;
		}
		table[i] = value;
		return true;
	}

	private static long[] grow(long[] old) {
		long[] table = new long[old.length * 2];
		for (long v : old) {
			if (v != 0) {
				insert(table, v, mix(v));
			}
		}
		return table;
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
