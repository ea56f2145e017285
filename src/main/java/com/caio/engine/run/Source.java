package com.caio.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import com.caio.engine.common.BoundedInput;
import com.caio.engine.common.Hashing;
import com.caio.engine.storage.UploadStore;

/**
 * What a user sent, as a file on disk: a file named on the command line, or an upload or
 * request body the upload store kept. Its SHA-256 is computed once: by the upload store
 * as it kept the bytes, or on another core while a command-line file is parsed.
 */
public final class Source {

	private final String name;

	private final Path path;

	private final CompletableFuture<String> sha256;

	private final Map<String, String> options;

	private final Map<String, Source> attachments;

	private final boolean local;

	private final LongConsumer progress;

	private Source(String name, Path path, CompletableFuture<String> sha256, Map<String, String> options,
			Map<String, Source> attachments, boolean local) {
		this(name, path, sha256, options, attachments, local, null);
	}

	private Source(String name, Path path, CompletableFuture<String> sha256, Map<String, String> options,
			Map<String, Source> attachments, boolean local, LongConsumer progress) {
		this.progress = progress;
		this.local = local;
		this.name = name;
		this.path = path;
		this.sha256 = sha256;
		this.options = Map.copyOf(options);
		this.attachments = Map.copyOf(attachments);
	}

	/** A file on disk, hashed on another core while it is read. */
	public static Source file(Path path, Map<String, String> options, Map<String, Source> attachments) {
		return new Source(path.getFileName().toString(), path,
				CompletableFuture.supplyAsync(() -> Hashing.sha256(path)), options, attachments, true);
	}

	public static Source file(Path path) {
		return file(path, Map.of(), Map.of());
	}

	/** An upload the store kept (and hashed as it kept it). */
	public static Source upload(UploadStore.Upload upload, Map<String, String> options,
			Map<String, Source> attachments) {
		return new Source(upload.originalName(), upload.path(), CompletableFuture.completedFuture(upload.sha256()),
				options, attachments, false);
	}

	/** The name the user gave it: the file name, or the upload's original name. */
	public String name() {
		return name;
	}

	public Path path() {
		return path;
	}

	public String sha256() {
		return sha256.join();
	}

	/**
	 * The same source, telling {@code bytesRead} how many bytes of it the reader has
	 * consumed so far (for a progress bar; called from the reading thread).
	 */
	public Source observed(LongConsumer bytesRead) {
		return new Source(name, path, sha256, options, attachments, local, bytesRead);
	}

	public InputStream open() {
		try {
			InputStream in = Files.newInputStream(path);
			return progress == null ? in : new CountingInputStream(in, progress);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The whole content, refused (naming the source) when over {@code maxBytes}. */
	public byte[] bytes(long maxBytes) {
		try {
			long size = Files.size(path);
			if (size > maxBytes) {
				throw new BoundedInput.PayloadTooLargeException(name, maxBytes);
			}
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An option's value, or null. */
	public String option(String option) {
		return options.get(option);
	}

	/** A further input file, or null. */
	public Source attachment(String attachment) {
		return attachments.get(attachment);
	}

	/**
	 * A file the input refers to, resolved beside it: only for a file named on the
	 * command line (an upload's references are not followed), else null.
	 */
	public Source beside(String reference) {
		return local && reference != null ? file(path.toAbsolutePath().getParent().resolve(reference)) : null;
	}

	public Map<String, String> options() {
		return options;
	}

	/** The further input files given, by name. */
	public Map<String, Source> attachments() {
		return attachments;
	}

	/**
	 * Whether it is a file named on the command line (on the operator's disk, not kept by
	 * the upload store).
	 */
	public boolean local() {
		return local;
	}

}
