package com.caio.engine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.caio.engine.common.Hashing;
import com.caio.engine.server.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps every uploaded file, named by its SHA-256, so that nothing sent to the engine is
 * lost, even a file that was refused. The file is streamed to disk, never held in memory.
 */
@Component
public class UploadStore {

	/** An upload as kept on disk. */
	public record Upload(Path path, String sha256, String originalName, long bytes) {
	}

	private final Path uploads;

	public UploadStore(@Value("${caio.data.dir:./data}") String dataDir) {
		this.uploads = Path.of(dataDir, "uploads");
		// the multipart spool folder (spring.servlet.multipart.location) must exist
		// before a request
		DataDirectory.createPrivateDirectories(Path.of(dataDir, "spool"));
	}

	public Upload save(InputStream in, String originalName) {
		Path temp = null;
		try {
			DataDirectory.createPrivateDirectories(uploads);
			// created 0600 where the file system has POSIX permissions
			temp = Files.createTempFile(uploads, "upload-", ".part");
			DigestInputStream digest = Hashing.sha256(in);
			long bytes;
			// written into the file createTempFile made (0600); Files.copy with
			// REPLACE_EXISTING would make a new one with the umask's permissions
			try (OutputStream out = Files.newOutputStream(temp)) {
				bytes = digest.transferTo(out);
			}
			String sha = Hashing.hex(digest);
			Path target = uploads.resolve(sha + extension(originalName));
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			DataDirectory.restrict(target);
			return new Upload(target, sha, originalName, bytes);
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			throw ex instanceof IOException io ? new UncheckedIOException("cannot keep the upload " + originalName, io)
					: (RuntimeException) ex;
		}
	}

	/** What a deletion freed. */
	public record Freed(int files, long bytes) {
	}

	/** Deletes the kept files of this SHA-256 (one per extension it was sent with). */
	public Freed delete(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !Files.isDirectory(uploads)) {
			return new Freed(0, 0);
		}
		int count = 0;
		long bytes = 0;
		try (Stream<Path> files = Files.list(uploads)) {
			for (Path file : files.filter(p -> isUploadOf(p, sha256)).toList()) {
				long size = Files.size(file);
				if (Files.deleteIfExists(file)) {
					count++;
					bytes += size;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete the upload " + sha256, ex);
		}
		return new Freed(count, bytes);
	}

	/**
	 * The kept upload of this SHA-256 under the name the run gave it, or empty when it
	 * was never uploaded or was purged.
	 */
	public java.util.Optional<Upload> find(String sha256, String originalName) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !Files.isDirectory(uploads)) {
			return java.util.Optional.empty();
		}
		try (Stream<Path> files = Files.list(uploads)) {
			return files.filter(p -> isUploadOf(p, sha256)).sorted().findFirst().map(p -> {
				try {
					return new Upload(p, sha256, originalName, Files.size(p));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + uploads, ex);
		}
	}

	/** The kept uploads as SHA-256 and last-modified time (partial uploads excluded). */
	public Map<String, Instant> keptUploads() {
		Map<String, Instant> kept = new TreeMap<>();
		if (!Files.isDirectory(uploads)) {
			return kept;
		}
		try (Stream<Path> files = Files.list(uploads)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.length() >= 64 && name.substring(0, 64).matches("[0-9a-f]{64}")) {
					Instant modified = Files.getLastModifiedTime(file).toInstant();
					kept.merge(name.substring(0, 64), modified, (a, b) -> a.isAfter(b) ? a : b);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + uploads, ex);
		}
		return kept;
	}

	private static boolean isUploadOf(Path file, String sha256) {
		String name = file.getFileName().toString();
		return name.equals(sha256) || (name.startsWith(sha256 + ".") && !name.endsWith(".part"));
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// deleted at the next start-up with the other orphans
			}
		}
	}

	/** Keeps a multipart upload, streamed, under its own name or {@code fallbackName}. */
	public Upload save(MultipartFile file, String fallbackName) throws IOException {
		String name = file.getOriginalFilename() == null ? fallbackName : file.getOriginalFilename();
		try (InputStream in = file.getInputStream()) {
			return save(in, name);
		}
	}

	private static String extension(String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
		return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
	}

}
