package com.caio.engine.print;

import java.util.List;

/**
 * A piece of a document for executives, written once and rendered as PDF
 * ({@link PdfBlocks}) or Word ({@link DocxBlocks}).
 */
public sealed interface Block {

	record Title(String text, String subtitle) implements Block {
	}

	record Heading(String text) implements Block {
	}

	record Para(String text, boolean bold) implements Block {
	}

	record Bullets(List<String> items) implements Block {
	}

	/** A table; {@code widths} are relative column widths. */
	record Table(List<String> header, List<List<String>> rows, float[] widths) implements Block {
	}

	/** A PNG drawn at {@code width} by {@code height} points. */
	record Picture(byte[] png, float width, float height) implements Block {
	}

}
