package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.caio.engine.upskilling.model.MonthHours;
import com.caio.engine.upskilling.model.TaskLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task-log benchmark runs and reports both rates and their ratio; its file reads
 * clean.
 */
class TaskLogBenchTests {

	@TempDir
	Path dir;

	@Test
	void theBenchmarkReportsReadNextTheTaskLogAndTheirRatio() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TaskLogBench().run(Map.of("rows", 20_000L, "runs", 1L), new PrintStream(out, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("20,000 task-log rows", "OpenCSV readNext alone:", "ratio task log / readNext:",
				"live heap growth");
	}

	@Test
	void theGeneratedLogHasFourteenMonthsAndNoRejectedLine() throws Exception {
		TaskLog log = TaskLogBench.read(TaskLogBench.write(dir.resolve("log.csv"), 14_000));
		assertThat(log.rows()).isEqualTo(14_000);
		assertThat(log.rejectedCount()).isZero();
		assertThat(log.months()).hasSize(14);
		assertThat(log.months().stream().mapToLong(MonthHours::rows).sum()).isEqualTo(14_000);
	}

}
