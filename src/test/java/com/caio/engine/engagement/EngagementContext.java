package com.caio.engine.engagement;

import com.caio.engine.TestWorkspace;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One running server for the engagement tests, on its own rules and data folders. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caio.rules.watch=false")
abstract class EngagementContext {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("engagements");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

}
