package com.caio.engine.server;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares the data folder before anything opens it (so it runs on the environment, not
 * as a bean): takes the folder's lock, makes it private, deletes what an interrupted run
 * left, and gives the embedded database its password. Releases the lock when the
 * application stops. Registered in {@code META-INF/spring.factories}, so the server, the
 * command line and every test application get it.
 */
public class DataDirGuard implements SmartApplicationListener {

	private static final Log log = LogFactory.getLog(DataDirGuard.class);

	private DataDirLock lock;

	private Path dataDir;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type)
				|| ContextRefreshedEvent.class.isAssignableFrom(type) || ContextClosedEvent.class.isAssignableFrom(type)
				|| WebServerInitializedEvent.class.isAssignableFrom(type);
	}

	@Override
	public int getOrder() {
		// after the configuration files are read and logging is set up
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			prepare(prepared.getEnvironment());
		}
		else if (event instanceof WebServerInitializedEvent web && lock != null) {
			String address = web.getApplicationContext().getEnvironment().getProperty("server.address", "0.0.0.0");
			lock.describe("a caio server at http://" + address + ":" + web.getWebServer().getPort() + " (pid "
					+ ProcessHandle.current().pid() + ")");
		}
		else if (event instanceof ContextRefreshedEvent && dataDir != null) {
			// the database files exist now: owner only
			DataDirectory.restrictTree(dataDir);
		}
		else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
			release();
		}
	}

	private void prepare(ConfigurableEnvironment env) {
		if (lock != null) {
			return;
		}
		dataDir = Path.of(env.getProperty("caio.data.dir", "./data")).toAbsolutePath().normalize();
		DataDirectory.createPrivateDirectories(dataDir);
		boolean command = Arrays.asList(env.getActiveProfiles()).contains("cli");
		lock = DataDirLock.acquire(dataDir, command ? "a caio command" : "a caio server",
				command ? "Stop the server first, or send the file to the running server's REST API, "
						+ "or give this command a data folder of its own with --data DIR."
						: "Stop the other process first, or start this one with a data folder of its own "
								+ "(--data DIR or CAIO_DATA_DIR).");
		try {
			DataDirectory.createPrivateDirectories(dataDir.resolve("uploads"));
			DataDirectory.createPrivateDirectories(dataDir.resolve("spool"));
			if (!lock.shared()) {
				DataDirectory.deleteOrphans(dataDir);
			}
			DataDirectory.restrictTree(dataDir);
			databasePassword(env);
		}
		catch (RuntimeException ex) {
			release();
			throw ex;
		}
	}

	private void databasePassword(ConfigurableEnvironment env) {
		String url = env.getProperty("spring.datasource.url");
		if (!H2Files.isEmbeddedFile(url)) {
			return;
		}
		if (H2Files.opensServer(url)) {
			log.warn("spring.datasource.url asks H2 for AUTO_SERVER: the database then listens on a TCP port "
					+ "on every interface; the default does not");
		}
		String user = env.getProperty("spring.datasource.username", "sa");
		String configured = env.getProperty("spring.datasource.password", "");
		String password = DatabasePassword.resolve(dataDir, url, user, configured);
		env.getPropertySources()
			.addFirst(new MapPropertySource("caio-database-password", Map.of("spring.datasource.password", password)));
	}

	private void release() {
		if (lock != null) {
			lock.close();
			lock = null;
		}
	}

}
