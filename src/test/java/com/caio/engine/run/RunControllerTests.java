package com.caio.engine.run;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.caio.engine.common.BadInputException;
import com.caio.engine.common.NotFoundException;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleProblemException;
import com.caio.engine.server.SubmissionPermits;
import com.caio.engine.security.Access;
import com.caio.engine.security.Role;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import com.caio.engine.storage.UploadStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The generic REST edge as a client sees it: listing, fetching and every error answered
 * once as {@code application/problem+json}.
 */
@WebMvcTest(RunController.class)
@Import({ BodyLimits.class, SubmissionPermits.class })
class RunControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Runs runs;

	@MockitoBean
	UploadStore uploads;

	/**
	 * Membership is Access's concern (tested in security); here every run is in scope.
	 */
	@MockitoBean
	Access access;

	/** A signed-in analyst (the slice has no user store; the role is the real one). */
	static final RequestPostProcessor ANALYST = user("ana").roles(Role.ANALYST.name());

	@BeforeEach
	void everyRunIsInScope() {
		given(access.runs(any())).willReturn(RunScope.everyRun());
	}

	@Test
	void aListingIsTheEnvelopesWithTheirLinks() throws Exception {
		given(runs.list("maturity", 2, RunScope.everyRun()))
			.willReturn(List.of(new Run<>(7, "maturity", Instant.parse("2026-11-27T05:00:00Z"), "v".repeat(64),
					new Run.Input("survey.csv", "a".repeat(64)), null)));
		mvc.perform(get("/api/maturity?limit=2").with(ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(7))
			.andExpect(jsonPath("$[0].input.name").value("survey.csv"))
			.andExpect(jsonPath("$[0].href").value("/api/maturity/7"));
	}

	@Test
	void anUnknownRunIs404AsAProblem() throws Exception {
		given(runs.find("risk", 9, RunScope.everyRun())).willThrow(new NotFoundException("no risk run with id 9"));
		mvc.perform(get("/api/risk/9").with(ANALYST))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("no risk run with id 9"));
	}

	@Test
	void aRefusalAtALineNamesTheLineAndColumn() throws Exception {
		given(runs.find(anyString(), anyLong(), any()))
			.willThrow(new CsvFormatException(3, 7, "a quoted field is never closed").inFile("survey.csv"));
		mvc.perform(get("/api/maturity/1").with(ANALYST))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.where").value("survey.csv:3:7"))
			.andExpect(jsonPath("$.line").value(3))
			.andExpect(jsonPath("$.column").value(7))
			.andExpect(jsonPath("$.detail").value("survey.csv:3:7: a quoted field is never closed"));
	}

	@Test
	void aRefusalAtAFieldNamesTheField() throws Exception {
		given(runs.list(anyString(), anyInt(), any()))
			.willThrow(new BadInputException("plan.alpha", "must be below 0.5"));
		mvc.perform(get("/api/pilot").with(ANALYST))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.where").value("plan.alpha"))
			.andExpect(jsonPath("$.type").value("/problems/input-refused"));
	}

	@Test
	void aRuleThatLoopsIs503NamingTheFolderAndTheRule() throws Exception {
		given(runs.find("risk", 2, RunScope.everyRun()))
			.willThrow(new RuleProblemException("risk", "RISK-ESC-001", "fired 1000000 times"));
		mvc.perform(get("/api/risk/2").with(ANALYST))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.folder").value("risk"))
			.andExpect(jsonPath("$.rule").value("RISK-ESC-001"))
			.andExpect(jsonPath("$.detail").value("rules/risk, rule RISK-ESC-001: fired 1000000 times"));
	}

}
