package com.caio.engine.run;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the URLs of before the shared shape working: {@code /api/maturity/assessments/7}
 * is answered as {@code /api/maturity/7}, {@code /api/risk/registers/7/heatmap.svg} as
 * {@code /api/risk/7/svg}, from each capability's {@link Legacy}.
 */
@Component
class LegacyPaths extends OncePerRequestFilter {

	private final Runs runs;

	LegacyPaths(Runs runs) {
		this.runs = runs;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String target = rewrite(path);
		if (target == null) {
			chain.doFilter(request, response);
		}
		else {
			request.getRequestDispatcher(target).forward(request, response);
		}
	}

	String rewrite(String path) {
		for (Capability<?, ?> capability : runs.capabilities()) {
			Legacy legacy = capability.legacy();
			String prefix = legacy.path() == null ? null : "/api/" + legacy.path();
			if (prefix == null || !(path.equals(prefix) || path.startsWith(prefix + "/"))) {
				continue;
			}
			String rest = path.substring(prefix.length());
			for (var file : legacy.files().entrySet()) {
				if (rest.endsWith("/" + file.getKey())) {
					rest = rest.substring(0, rest.length() - file.getKey().length()) + file.getValue();
				}
			}
			return "/api/" + capability.kind() + rest;
		}
		return null;
	}

}
