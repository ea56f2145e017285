package com.caio.engine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;

import com.caio.engine.common.Hashing;
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
		try {
			// the multipart spool folder (spring.servlet.multipart.location) must exist
			// before a request
			Files.createDirectories(Path.of(dataDir, "spool"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Upload save(InputStream in, String originalName) {
		try {
			Files.createDirectories(uploads);
			Path temp = Files.createTempFile(uploads, "upload-", ".part");
			DigestInputStream digest = Hashing.sha256(in);
			long bytes = Files.copy(digest, temp, StandardCopyOption.REPLACE_EXISTING);
			String sha = Hashing.hex(digest);
			Path target = uploads.resolve(sha + extension(originalName));
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Upload(target, sha, originalName, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the upload " + originalName, ex);
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
