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
	public void generate(Path file, long rows) throws IOException {
		TaskLogBench.write(file, rows);
	}

	@Override
	public long score(Path file) throws IOException {
		return TaskLogBench.read(file).rows();
	}

}
