package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.caio.engine.common.BoundedInput;
import org.junit.jupiter.api.Test;

/** A body is measured while it is read, never read whole first. */
class BoundedInputTests {

	/** An endless body that counts what was taken from it. */
	static final class Endless extends InputStream {

		long served;

		@Override
		public int read() {
			served++;
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			java.util.Arrays.fill(b, off, off + len, (byte) 'x');
			served += len;
			return len;
		}

	}

	@Test
	void readAllTakesUpToTheLimitAndRefusesTheFirstByteMore() {
		assertThat(BoundedInput.readAll(new ByteArrayInputStream(new byte[100]), 100, "b")).hasSize(100);
		assertThat(BoundedInput.readAll(new ByteArrayInputStream(new byte[0]), 100, "b")).isEmpty();
		assertThatThrownBy(() -> BoundedInput.readAll(new ByteArrayInputStream(new byte[101]), 100, "case.yaml"))
			.isInstanceOf(BoundedInput.PayloadTooLargeException.class)
			.hasMessageContaining("case.yaml")
			.hasMessageContaining("larger than 100 bytes, the most accepted here");
	}

	@Test
	void anEndlessBodyIsRefusedAfterTheLimitNotReadToItsEnd() {
		Endless endless = new Endless();
		assertThatThrownBy(() -> BoundedInput.readAll(endless, 1 << 20, "b"))
			.isInstanceOf(BoundedInput.PayloadTooLargeException.class)
			.satisfies(ex -> assertThat(((BoundedInput.PayloadTooLargeException) ex).limit()).isEqualTo(1 << 20));
		assertThat(endless.served).isEqualTo((1 << 20) + 1);

		Endless streamed = new Endless();
		InputStream limited = BoundedInput.limit(streamed, 5000, "upload.csv");
		assertThatThrownBy(() -> limited.transferTo(java.io.OutputStream.nullOutputStream()))
			.isInstanceOf(BoundedInput.PayloadTooLargeException.class);
		assertThat(streamed.served).isLessThanOrEqualTo(5000 + 16384);
	}

	@Test
	void aLimitedStreamPassesEverythingUpToTheLimit() throws IOException {
		byte[] body = new byte[5000];
		assertThat(BoundedInput.limit(new ByteArrayInputStream(body), 5000, "b").readAllBytes()).hasSize(5000);
		assertThat(BoundedInput.limit(new ByteArrayInputStream(body), 4999, "b").read(new byte[4999])).isEqualTo(4999);
	}

}
