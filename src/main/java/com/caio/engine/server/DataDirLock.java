package com.caio.engine.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One process at a time owns a data folder: the server while it runs, or one command. The
 * embedded database is a file, not a network server, so a second process must not open
 * it; it is told who holds the folder instead. The lock is the operating system's file
 * lock, so it goes with the process, even after {@code kill -9}.
 */
public final class DataDirLock implements AutoCloseable {

	static final String FILE_NAME = "in-use.lock";

	/**
	 * Folders held in this JVM. Checked before the file lock, because opening and closing
	 * a second channel on a locked file would release the lock (POSIX record locks belong
	 * to the process, not to the channel).
	 */
	private static final Map<Path, DataDirLock> HELD = new ConcurrentHashMap<>();

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private volatile String holder = "";

	private final String sort;

	private int users = 1;

	private DataDirLock(Path file, FileChannel channel, FileLock lock, String sort) {
		this.sort = sort;
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the folder for this process, described by {@code holder} (e.g. "a caio
	 * server").
	 * @throws DataDirException naming who holds it and what to do, when another process
	 * (or another application in this one) holds it
	 */
	public static synchronized DataDirLock acquire(Path dataDir, String holder, String whatToDo) {
		Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
		DataDirLock inThisJvm = HELD.get(file);
		if (inThisJvm != null) {
			// applications of the same sort in one JVM (test contexts) share the folder
			// and the in-process database; a command never joins a server
			if (inThisJvm.sort.equals(holder)) {
				inThisJvm.users++;
				return inThisJvm;
			}
			throw inUse(dataDir, inThisJvm.holder, whatToDo);
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			DataDirectory.restrict(file);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw inUse(dataDir, Files.readString(file, StandardCharsets.UTF_8), whatToDo);
			}
			DataDirLock taken = new DataDirLock(file, channel, lock, holder);
			taken.describe(holder + " (pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + ")");
			HELD.put(file, taken);
			return taken;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("cannot lock the data folder " + dataDir, ex);
		}
	}

	private static DataDirException inUse(Path dataDir, String holder, String whatToDo) {
		String who = holder.strip().isEmpty() ? "another caio process" : holder.strip();
		return new DataDirException(
				"The data folder " + dataDir.toAbsolutePath().normalize() + " is in use by " + who + ".", whatToDo);
	}

	/** Rewrites who holds the folder, e.g. once the server knows its address. */
	public void describe(String holder) {
		this.holder = holder;
		try {
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/** Whether another application in this JVM took the folder first. */
	public synchronized boolean shared() {
		return users > 1;
	}

	@Override
	public void close() {
		synchronized (DataDirLock.class) {
			if (--users > 0) {
				return;
			}
			HELD.remove(file, this);
		}
		try {
			if (lock.isValid()) {
				channel.truncate(0);
				lock.release();
			}
		}
		catch (IOException ex) {
			// the lock goes with the channel anyway
		}
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}
	}

}
