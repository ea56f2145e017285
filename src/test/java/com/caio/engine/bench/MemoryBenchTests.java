package com.caio.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.caio.engine.cli.CliArgs;
import org.junit.jupiter.api.Test;

/** The memory bench's sizes and its reading of a process's peak resident memory. */
class MemoryBenchTests {

	@Test
	void sizesAreInBinaryUnits() throws Exception {
		assertThat(MemoryBench.bytes("10MB")).isEqualTo(10L * 1024 * 1024);
		assertThat(MemoryBench.bytes("1GB")).isEqualTo(1024L * 1024 * 1024);
		assertThat(MemoryBench.bytes("64kB")).isEqualTo(64L * 1024);
		assertThat(MemoryBench.bytes("0.5GB")).isEqualTo(512L * 1024 * 1024);
	}

	@Test
	void aSizeWithoutAUnitIsRefusedWithWhatIsAccepted() {
		assertThatThrownBy(() -> MemoryBench.bytes("10")).isInstanceOf(CliArgs.UsageException.class)
			.hasMessageContaining("kB, MB or GB")
			.hasMessageContaining("'10'");
		assertThatThrownBy(() -> MemoryBench.bytes("1TB")).isInstanceOf(CliArgs.UsageException.class);
	}

	@Test
	void peakResidentMemoryIsReadFromProc() {
		long peak = MemoryRun.peakRssBytes(Path.of("/proc/self/status"));
		// this JVM holds at least its heap in use
		assertThat(peak).isGreaterThan(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
		assertThat(MemoryRun.peakRssBytes(Path.of("/proc/no-such-process/status"))).isZero();
	}

}
