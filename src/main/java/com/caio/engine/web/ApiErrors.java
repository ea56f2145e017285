package com.caio.engine.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.caio.engine.rules.RulesUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into JSON a client can show: what was wrong and where. */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(InputRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(InputRefusedException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("file", ex.fileName());
		body.put("line", ex.line());
		body.put("column", ex.column());
		body.put("uploadSha256", ex.uploadSha256());
		return ResponseEntity.status(422).body(body);
	}

	@ExceptionHandler(BadInputException.class)
	ResponseEntity<Map<String, Object>> badInput(BadInputException ex) {
		return ResponseEntity.status(422).body(Map.of("error", ex.getMessage(), "where", ex.where()));
	}

	@ExceptionHandler(RulesUnavailableException.class)
	ResponseEntity<Map<String, Object>> rulesUnavailable(RulesUnavailableException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("messages", ex.messages().stream().map(Object::toString).toList());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException ex) {
		return ResponseEntity.badRequest()
			.body(Map.of("error",
					"missing multipart part '" + ex.getRequestPartName() + "' (send the file as 'file')"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(413)
			.body(Map.of("error", "upload too large; the limit is spring.servlet.multipart.max-file-size"));
	}

}
