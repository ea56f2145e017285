package com.caio.engine.workspace;

import java.util.Locale;

import com.caio.engine.engagement.model.Engagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale a page writes its dates and numbers in: the engagement's, on its dashboard
 * and on the result of a run stored in it (set by the page with {@link #use}); British
 * English everywhere else. Not the browser's language: two people reading the same
 * engagement see the same figures.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
final class PageLocale implements LocaleResolver {

	private static final String ATTRIBUTE = PageLocale.class.getName();

	static void use(HttpServletRequest request, Locale locale) {
		request.setAttribute(ATTRIBUTE, locale);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Locale locale ? locale : Engagement.DEFAULT_LOCALE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		use(request, locale);
	}

}
