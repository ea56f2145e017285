package com.caio.engine.run;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.caio.engine.storage.Run;

/**
 * A document a capability renders from a stored run.
 *
 * @param name {@code text}, {@code svg}, {@code png}, {@code pdf}, {@code pptx}, ...: the
 * last URL segment and the file extension
 */
public record Document<R>(String name, String mediaType, Function<Run<R>, byte[]> render) {

	public static final String TEXT = "text";

	/** The plain-text rendering every capability has. */
	public static <R> Document<R> text(Function<Run<R>, String> render) {
		return new Document<>(TEXT, "text/plain;charset=UTF-8",
				run -> render.apply(run).getBytes(StandardCharsets.UTF_8));
	}

	public static <R> Document<R> svg(Function<Run<R>, String> render) {
		return new Document<>("svg", "image/svg+xml", run -> render.apply(run).getBytes(StandardCharsets.UTF_8));
	}

	public static <R> Document<R> png(Function<Run<R>, byte[]> render) {
		return new Document<>("png", "image/png", render);
	}

	public static <R> Document<R> pdf(Function<Run<R>, byte[]> render) {
		return new Document<>("pdf", "application/pdf", render);
	}

	public static <R> Document<R> pptx(Function<Run<R>, byte[]> render) {
		return new Document<>("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
				render);
	}

	/** {@code kind-id.ext}, the name a download is saved under. */
	public String fileName(Run<?> run) {
		return run.kind() + "-" + run.id() + "." + (name.equals(TEXT) ? "txt" : name);
	}

}
