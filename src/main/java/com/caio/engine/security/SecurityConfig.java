package com.caio.engine.security;

import com.caio.engine.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Browsers sign in with a form and a session (CSRF on); scripts and
 * the remote CLI send a personal token as {@code Authorization: Bearer} (no session, no
 * CSRF: a browser never adds that header on its own). The REST API answers refusals as
 * problem+json (401, 403); pages send the user to {@code /login}. Which engagement a
 * signed-in user may touch is decided by {@link Access}; the table below decides by role.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

	/** A signed-in session that changes something without the page's CSRF token. */
	static final String CSRF_MISSING = "this request has no valid CSRF token: a page of the workspace sends the token of its "
			+ "'_csrf' meta tag as the X-CSRF-TOKEN header; a script sends 'Authorization: Bearer <token>' instead";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, Accounts accounts,
			VerifiedTokens verified, AuditLog audit, @Value("${caio.security.csp}") String csp) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		SignInAudit signIns = new SignInAudit(audit);
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
		http.addFilterBefore(new BearerTokenFilter(tokens, accounts, verified),
				UsernamePasswordAuthenticationFilter.class)
			.userDetailsService(accounts)
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken))
			.authorizeHttpRequests(requests -> requests
				// open: the sign-in page, health, error pages and static assets
				.requestMatchers("/login", "/actuator/health", "/actuator/health/**", "/error", "/css/**", "/js/**",
						"/webjars/**", "/images/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				// anyone signed in: their own profile and tokens
				.requestMatchers("/api/me", "/api/me/**", "/profile", "/profile/**")
				.authenticated()
				// administrators: users, engagements, members
				.requestMatchers("/admin/**", "/api/users", "/api/users/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/engagements", "/api/engagements/*/members")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/api/engagements/*/members/*")
				.hasRole("ADMIN")
				// records in an engagement: analysts and executives (membership checked
				// by Access)
				.requestMatchers(HttpMethod.POST, "/api/engagements/*/events")
				.hasAnyRole("ADMIN", "ANALYST", "EXECUTIVE")
				// rules: everyone signed in reads; rule editors change
				.requestMatchers(HttpMethod.GET, "/api/rules", "/api/rules/**")
				.authenticated()
				.requestMatchers("/api/rules", "/api/rules/**")
				.hasAnyRole("ADMIN", "RULE_EDITOR")
				// a re-run stores nothing: whoever runs or edits rules may compare (the
				// run's scope is checked by Access)
				.requestMatchers(HttpMethod.POST, "/api/*/*/rerun")
				.hasAnyRole("ADMIN", "ANALYST", "RULE_EDITOR")
				// pilots: analysts plan and evaluate, executives record the steering
				// decision
				.requestMatchers(HttpMethod.POST, "/api/pilots/*/decision")
				.hasAnyRole("ADMIN", "EXECUTIVE")
				.requestMatchers(HttpMethod.POST, "/api/pilots", "/api/pilots/**")
				.hasAnyRole("ADMIN", "ANALYST")
				// runs of every capability: analysts upload and run, and delete what they
				// see
				// (and the paths of before the shared shape, e.g.
				// /api/maturity/assessments)
				.requestMatchers(HttpMethod.POST, "/api/*", "/api/*/*")
				.hasAnyRole("ADMIN", "ANALYST")
				.requestMatchers(HttpMethod.DELETE, "/api/*/*", "/api/*/*/*")
				.hasAnyRole("ADMIN", "ANALYST")
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers("/api/**")
				.hasRole("ADMIN")
				// pages: signed in; the pages check roles and membership through Access
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signIns.success())
				.failureHandler(signIns.failure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(signIns.signOut())
				.logoutSuccessUrl("/login?logout")
				.permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				if (api.matches(request)) {
					Problems.write(response, 401, "Unauthorized",
							"sign in, or send a personal API token as 'Authorization: Bearer <token>'");
				}
				else {
					toLogin.commence(request, response, ex);
				}
			}).accessDeniedHandler((request, response, ex) -> {
				if (!api.matches(request)) {
					// a page: the error page says it is not open to them
					response.sendError(403);
				}
				else if (ex instanceof CsrfException) {
					Problems.write(response, 403, "Forbidden", CSRF_MISSING);
				}
				else {
					Problems.write(response, 403, "Forbidden",
							"your role may not " + request.getMethod() + " " + request.getRequestURI());
				}
			}))
			.headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
				.frameOptions(frames -> frames.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
