package com.caio.engine.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** Runs every user-story feature in the top-level {@code features/} folder. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "com.caio.engine.acceptance")
// every run leaves the HTML report and the message stream the acceptance matrix is built
// from
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
		value = "summary, html:target/cucumber/report.html, message:target/cucumber/messages.ndjson")
class RunCucumberTests {

}
