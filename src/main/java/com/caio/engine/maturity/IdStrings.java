package com.caio.engine.maturity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exact set of strings kept as their UTF-8 bytes, one after another in blocks, with
 * open-addressing tables of where each starts: about the id's bytes plus 16 bytes an id
 * (measured), against 60 or more for a {@code HashSet<String>}. Every array stays under
 * 256 KB, so none is a humongous object for G1 at a small heap, and each of the 1,024
 * tables grows on its own by half (never the whole set copied at once).
 */
final class IdStrings {

	private static final int SHARD_BITS = 10;

	private static final int BLOCK = 1 << 18;

	/**
	 * Entries: bits 40-63 a fingerprint of the hash, 0-39 the position + 1 (0 = empty).
	 */
	private final long[][] shards = new long[1 << SHARD_BITS][];

	private final int[] sizes = new int[1 << SHARD_BITS];

	private final List<byte[]> blocks = new ArrayList<>();

	private int used = BLOCK;

	IdStrings() {
		Arrays.setAll(shards, i -> new long[8]);
	}

	/** Adds the string; false if it was already there. */
	boolean add(String s) {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		long hash = hash(bytes);
		int shard = (int) (hash >>> (64 - SHARD_BITS));
		long fingerprint = (hash >>> 16) & 0xFFFFFF;
		long[] table = shards[shard];
		int i = slot(fingerprint, table.length);
		while (table[i] != 0) {
			if ((table[i] >>> 40) == fingerprint && equalsAt(table[i] & 0xFF_FFFF_FFFFL, bytes)) {
				return false;
			}
			i = i + 1 == table.length ? 0 : i + 1;
		}
		table[i] = (fingerprint << 40) | store(bytes);
		if (++sizes[shard] * 4L > table.length * 3L) {
			// at most 3/4 full; growing by half keeps it at least half full
			shards[shard] = grow(table);
		}
		return true;
	}

	private long[] grow(long[] old) {
		long[] table = new long[old.length + old.length / 2];
		for (long entry : old) {
			if (entry != 0) {
				// the slot comes from the fingerprint kept in the entry: no string is
				// read again
				int i = slot(entry >>> 40, table.length);
				while (table[i] != 0) {
					i = i + 1 == table.length ? 0 : i + 1;
				}
				table[i] = entry;
			}
		}
		return table;
	}

	private static int slot(long fingerprint, int length) {
		return (int) ((fingerprint * length) >>> 24);
	}

	/**
	 * Appends the length (two bytes, or six past 32 KB) and the bytes; returns position +
	 * 1.
	 */
	private long store(byte[] bytes) {
		int header = bytes.length < 0x8000 ? 2 : 6;
		int need = header + bytes.length;
		if (used + need > BLOCK) {
			blocks.add(new byte[Math.max(BLOCK, need)]);
			used = 0;
		}
		byte[] block = blocks.get(blocks.size() - 1);
		long position = (long) (blocks.size() - 1) * BLOCK + used;
		if (header == 2) {
			block[used++] = (byte) (bytes.length >>> 8);
			block[used++] = (byte) bytes.length;
		}
		else {
			block[used++] = (byte) 0x80;
			block[used++] = 0;
			for (int shift = 24; shift >= 0; shift -= 8) {
				block[used++] = (byte) (bytes.length >>> shift);
			}
		}
		System.arraycopy(bytes, 0, block, used, bytes.length);
		used += bytes.length;
		return position + 1;
	}

	private boolean equalsAt(long positionPlusOne, byte[] bytes) {
		long position = positionPlusOne - 1;
		byte[] block = blocks.get((int) (position / BLOCK));
		int at = (int) (position % BLOCK);
		int start = at + header(block, at);
		return length(block, at) == bytes.length
				&& Arrays.equals(block, start, start + bytes.length, bytes, 0, bytes.length);
	}

	private static int header(byte[] block, int at) {
		return (block[at] & 0x80) == 0 ? 2 : 6;
	}

	private static int length(byte[] block, int at) {
		if ((block[at] & 0x80) == 0) {
			return ((block[at] & 0xFF) << 8) | (block[at + 1] & 0xFF);
		}
		int length = 0;
		for (int k = 2; k < 6; k++) {
			length = (length << 8) | (block[at + k] & 0xFF);
		}
		return length;
	}

	private static long hash(byte[] bytes) {
		return hash(bytes, 0, bytes.length);
	}

	/** FNV-1a over the bytes, then SplitMix64's finaliser to spread the bits. */
	private static long hash(byte[] bytes, int from, int to) {
		long h = 0xcbf29ce484222325L;
		for (int i = from; i < to; i++) {
			h ^= bytes[i] & 0xFF;
			h *= 0x100000001b3L;
		}
		h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
		h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
		return h ^ (h >>> 31);
	}

}
