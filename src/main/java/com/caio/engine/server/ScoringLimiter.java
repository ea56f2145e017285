package com.caio.engine.server;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code caio.scoring.max-concurrent} requests that submit work (POST or PUT
 * under {@code /api/}) run at once, from the permits the workspace's uploads share, so
 * memory stays within permits x the largest request's need. A request waits up to
 * {@code caio.scoring.queue-wait} for a permit, then gets 429 with {@code Retry-After}.
 * It runs before the multipart body is read, so a refused upload is neither spooled nor
 * parsed. A small submission (its {@code Content-Length} at most
 * {@code caio.scoring.small-upload}) takes its permit from a pool of its own
 * ({@link SubmissionPermits}) and is never queued behind a large one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ScoringLimiter extends OncePerRequestFilter {

	private final SubmissionPermits permits;

	private final Duration wait;

	private final long retryAfterSeconds;

	ScoringLimiter(SubmissionPermits permits, @Value("${caio.scoring.queue-wait:PT5S}") Duration wait,
			@Value("${caio.scoring.retry-after:PT10S}") Duration retryAfter) {
		this.permits = permits;
		this.wait = wait;
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !(method.equals("POST") || method.equals("PUT"))
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean small = permits.isSmall(request.getContentLengthLong());
		if (!permits.tryAcquire(small, wait)) {
			busy(response, small);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release(small);
		}
	}

	private void busy(HttpServletResponse response, boolean small) throws IOException {
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// the request body is not read: do not keep the connection for it
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.getWriter()
			.write("{\"type\":\"urn:caio:problem:busy\",\"title\":\"Too many submissions at once\",\"status\":429,"
					+ "\"detail\":\"" + (small ? permits.maxSmall() : permits.max())
					+ (small ? " small submission(s) are being processed, the most this server runs at once "
							+ "(caio.scoring.max-concurrent-small); none"
							: " submission(s) are being processed, the most this server runs at once "
									+ "(caio.scoring.max-concurrent); none")
					+ " finished within " + wait.toMillis() + " ms. Send it again after " + retryAfterSeconds
					+ " s.\",\"retryAfterSeconds\":" + retryAfterSeconds + "}");
	}

}
