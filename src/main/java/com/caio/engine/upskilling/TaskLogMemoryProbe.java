package com.caio.engine.upskilling;

import java.io.IOException;
import java.nio.file.Path;

import com.caio.engine.bench.MemoryProbe;
import org.springframework.stereotype.Component;

/** {@code bench memory}'s upskilling input: the task log of {@code bench upskilling}. */
@Component
class TaskLogMemoryProbe implements MemoryProbe {

	@Override
	public String kind() {
		return "upskilling";
	}

	@Override
	public String rowName() {
		return "task";
	}

	@Override
	public long write(Path file, long bytes) throws IOException {
		long rows = MemoryProbe.rowsFor(bytes, TaskLogBench.write(file, 10_000), 10_000);
		TaskLogBench.write(file, rows);
		return rows;
	}

	@Override
	public long score(Path file) throws IOException {
		return TaskLogBench.read(file).rows();
	}

}
