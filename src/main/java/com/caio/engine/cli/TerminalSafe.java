package com.caio.engine.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * What a command prints shows a control character as {@code \u001B} instead of sending it
 * to the terminal. A register's title, a survey's answer or a server's message echoed in
 * a report or a refusal could otherwise carry an escape sequence that clears the screen,
 * rewrites a line or retitles the window, a carriage return that prints over what came
 * before, or a NUL nobody sees. Line feeds and tabs lay the text out and pass; every
 * other C0 control, DEL, the C1 controls and the line and paragraph separators are
 * escaped. Text is filtered as characters and printed by the stream wrapped, so it keeps
 * that stream's encoding; bytes written as bytes pass unchanged.
 */
final class TerminalSafe extends PrintStream {

	private final PrintStream target;

	private TerminalSafe(PrintStream target) {
		super(OutputStream.nullOutputStream());
		this.target = target;
	}

	static PrintStream wrap(PrintStream stream) {
		return stream instanceof TerminalSafe ? stream : new TerminalSafe(stream);
	}

	/** {@code text} with each character a terminal would act on written as an escape. */
	static String escape(String text) {
		int i = 0;
		while (i < text.length() && !acted(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (acted(c)) {
				shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		return shown.toString();
	}

	private static boolean acted(char c) {
		return c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
	}

	@Override
	public void print(String s) {
		target.print(escape(String.valueOf(s)));
	}

	@Override
	public void print(Object obj) {
		print(String.valueOf(obj));
	}

	@Override
	public void print(char c) {
		print(String.valueOf(c));
	}

	@Override
	public void print(char[] s) {
		print(new String(s));
	}

	@Override
	public void println() {
		target.println();
	}

	@Override
	public void println(String x) {
		target.println(escape(String.valueOf(x)));
	}

	@Override
	public void println(Object x) {
		println(String.valueOf(x));
	}

	@Override
	public void println(char x) {
		println(String.valueOf(x));
	}

	@Override
	public void println(char[] x) {
		println(new String(x));
	}

	@Override
	public void print(boolean b) {
		target.print(b);
	}

	@Override
	public void print(int i) {
		target.print(i);
	}

	@Override
	public void print(long l) {
		target.print(l);
	}

	@Override
	public void print(float f) {
		target.print(f);
	}

	@Override
	public void print(double d) {
		target.print(d);
	}

	@Override
	public void println(boolean x) {
		target.println(x);
	}

	@Override
	public void println(int x) {
		target.println(x);
	}

	@Override
	public void println(long x) {
		target.println(x);
	}

	@Override
	public void println(float x) {
		target.println(x);
	}

	@Override
	public void println(double x) {
		target.println(x);
	}

	@Override
	public PrintStream append(CharSequence csq) {
		print(String.valueOf(csq));
		return this;
	}

	@Override
	public PrintStream append(CharSequence csq, int start, int end) {
		return append(csq == null ? "null".subSequence(start, end) : csq.subSequence(start, end));
	}

	@Override
	public PrintStream append(char c) {
		print(c);
		return this;
	}

	@Override
	public PrintStream format(String format, Object... args) {
		print(String.format(format, args));
		return this;
	}

	@Override
	public PrintStream format(Locale l, String format, Object... args) {
		print(String.format(l, format, args));
		return this;
	}

	@Override
	public void write(int b) {
		target.write(b);
	}

	@Override
	public void write(byte[] buf, int off, int len) {
		target.write(buf, off, len);
	}

	@Override
	public void flush() {
		target.flush();
	}

	@Override
	public boolean checkError() {
		return target.checkError();
	}

	@Override
	public void close() {
		target.close();
	}

}
