package com.caio.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries: one module per top-level package, no cycles between them, no
 * reach into another module's internals; and the capability model classes (facts, inputs,
 * results) free of Spring, Kie and web types.
 */
class BoundariesTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.caio.engine");

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublishedTypes() {
		ApplicationModules.of(CaioApplication.class).verify();
	}

	@Test
	void capabilityModelClassesImportNoSpringKieOrWebTypes() {
		noClasses().that()
			.resideInAnyPackage("com.caio.engine.maturity..", "com.caio.engine.risk..",
					"com.caio.engine.businesscase..", "com.caio.engine.pilot..")
			.and()
			.areRecords()
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.kie..", "org.drools..", "jakarta.servlet..",
					"com.caio.engine.web..")
			.check(MAIN);
	}

	@Test
	void noCapabilityTouchesKieOrTheWebLayer() {
		noClasses().that()
			.resideOutsideOfPackage("com.caio.engine.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.kie..", "org.drools..")
			.check(MAIN);
		noClasses().that()
			.resideOutsideOfPackage("com.caio.engine.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.caio.engine.web..")
			.check(MAIN);
	}

}
