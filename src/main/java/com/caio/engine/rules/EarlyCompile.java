package com.caio.engine.rules;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * On a command-line run ({@code caio.rules.compile=on-demand} with
 * {@code caio.rules.prefetch} naming the command's rules folder), starts compiling that
 * folder as soon as the settings are read and logging is set up, while the rest of the
 * program starts: the rule runtime takes the build when the folder's files are the same
 * ({@link RuleRuntime#compileEarly}). A server, or a run without the property, is left
 * alone. Registered in {@code META-INF/spring.factories}, as listeners of this event must
 * be (no bean exists yet).
 */
public class EarlyCompile implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String folder = environment.getProperty("caio.rules.prefetch", "");
		if (folder.isBlank() || !"on-demand".equals(environment.getProperty("caio.rules.compile"))) {
			return;
		}
		RuleRuntime.compileEarly(Path.of(environment.getProperty("caio.rules.dir", "rules")), folder);
	}

	@Override
	public int getOrder() {
		// after the configuration files are read and logging is set up
		return Ordered.LOWEST_PRECEDENCE;
	}

}
