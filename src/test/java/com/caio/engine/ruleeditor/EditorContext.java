package com.caio.engine.ruleeditor;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * One running server for the editor's API tests, on its own copy of the real rules and
 * data folder, shared by the test classes that extend it.
 */
// the editor itself is tested here, its publishing not gated; the acceptance features
// that gate
// publishing (a child JVM a run) are tested in DraftFeaturesTests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caio.rules.watch=false", "caio.rules.features.required=false" })
abstract class EditorContext {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("editor");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	RestClient client(String user, Role role) {
		return TestUsers.client(port, TestUsers.in(context).token(user, role));
	}

}
