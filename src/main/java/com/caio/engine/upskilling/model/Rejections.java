package com.caio.engine.upskilling.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one file left out: all are counted, the first {@link #KEPT} are kept with
 * their reason, so a file of a million bad lines stays small in memory.
 */
public final class Rejections {

	public static final int KEPT = 200;

	private final String file;

	private final List<RejectedLine> kept = new ArrayList<>();

	private long count;

	public Rejections(String file) {
		this.file = file;
	}

	public void reject(long line, int column, String reason) {
		count++;
		if (kept.size() < KEPT) {
			kept.add(new RejectedLine(file, null, line, column, reason));
		}
	}

	public long count() {
		return count;
	}

	public List<RejectedLine> kept() {
		return List.copyOf(kept);
	}

}
