package com.caio.engine.acceptance;

import com.caio.engine.CaioApplication;
import com.caio.engine.TestWorkspace;
import io.cucumber.spring.CucumberContextConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running server for all features, on its own copy of the real {@code rules/} folder
 * (so a scenario can edit rules as a business user would) and its own data folder.
 */
@CucumberContextConfiguration
@SpringBootTest(classes = CaioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class CucumberSpringConfiguration {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("acceptance");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

}
