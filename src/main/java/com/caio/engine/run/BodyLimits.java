package com.caio.engine.run;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each kind accepts: {@code caio.body-limit.<kind>} (e.g.
 * {@code caio.body-limit.businesscase=1MB}), else the upload limit
 * ({@code spring.servlet.multipart.max-file-size}). Counted while the body arrives.
 */
@Component
public class BodyLimits {

	private final Environment env;

	public BodyLimits(Environment env) {
		this.env = env;
	}

	public long of(String kind) {
		DataSize upload = env.getProperty("spring.servlet.multipart.max-file-size", DataSize.class,
				DataSize.ofMegabytes(512));
		return env.getProperty("caio.body-limit." + kind, DataSize.class, upload).toBytes();
	}

}
