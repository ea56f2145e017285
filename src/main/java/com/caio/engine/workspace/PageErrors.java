package com.caio.engine.workspace;

import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The workspace's pages answer a person, not a script: a run or engagement that does not
 * exist, or a refusal outside a form, is a page saying so in a sentence (the REST API
 * keeps its problem+json).
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(404, ex.getMessage(), request, response);
	}

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal ex, HttpServletRequest request, HttpServletResponse response) {
		return page(422, "Refused at " + ex.where() + ": " + ex.what(), request, response);
	}

	/** {@code /w/maturity/abc}: a 400 page naming what was wrong, not the JSON error. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return page(400, "'" + ex.getValue() + "' is not a valid " + ex.getName() + " here.", request, response);
	}

	private static ModelAndView page(int status, String message, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status);
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status);
		view.addObject("path", request.getRequestURI());
		view.addObject("message", message);
		return view;
	}

}
