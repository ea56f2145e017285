package com.caio.engine.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The data folder (database, uploads, multipart spool) is readable by its owner only:
 * folders 0700, files 0600, wherever the file system has POSIX permissions.
 */
public final class DataDirectory {

	private static final Log log = LogFactory.getLog(DataDirectory.class);

	static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

	private DataDirectory() {
	}

	/** Whether this file system has POSIX permissions (not so on Windows). */
	public static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/** Creates the folder and its missing parents; the folder itself ends up 0700. */
	public static Path createPrivateDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
			restrict(dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the folder " + dir, ex);
		}
	}

	/** Sets 0700 on a folder or 0600 on a file, where the file system allows it. */
	public static void restrict(Path path) throws IOException {
		if (posix() && !Files.isSymbolicLink(path)) {
			Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_DIR : OWNER_FILE);
		}
	}

	/**
	 * Takes group and other permissions away from everything under {@code dir}, e.g. a
	 * data folder written by an earlier version with the default umask.
	 */
	public static void restrictTree(Path dir) {
		if (!posix() || !Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path path : walk.toList()) {
				try {
					restrict(path);
				}
				catch (IOException ex) {
					log.warn("cannot restrict the permissions of " + path + " to its owner: " + ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			log.warn("cannot walk " + dir + " to restrict its permissions: " + ex.getMessage());
		}
	}

	/**
	 * Deletes what an interrupted request leaves behind: every file in the multipart
	 * spool and every {@code .part} upload. Safe only while this process holds the
	 * folder's lock (no request of another process can be writing them).
	 * @return the files deleted
	 */
	public static List<Path> deleteOrphans(Path dataDir) {
		List<Path> deleted = new java.util.ArrayList<>();
		long bytes = 0;
		for (Path orphan : orphans(dataDir)) {
			try {
				long size = Files.size(orphan);
				if (Files.deleteIfExists(orphan)) {
					deleted.add(orphan);
					bytes += size;
				}
			}
			catch (IOException ex) {
				log.warn("cannot delete the orphan file " + orphan + ": " + ex.getMessage());
			}
		}
		if (!deleted.isEmpty()) {
			log.info("deleted " + deleted.size() + " orphan spool and partial upload file(s), " + bytes
					+ " bytes, left by an interrupted run");
		}
		return deleted;
	}

	private static List<Path> orphans(Path dataDir) {
		List<Path> found = new java.util.ArrayList<>();
		found.addAll(files(dataDir.resolve("spool"), p -> true));
		found.addAll(files(dataDir.resolve("uploads"), p -> p.getFileName().toString().endsWith(".part")));
		return found;
	}

	private static List<Path> files(Path dir, java.util.function.Predicate<Path> which) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).filter(which).toList();
		}
		catch (IOException ex) {
			log.warn("cannot list " + dir + ": " + ex.getMessage());
			return List.of();
		}
	}

}
