package uk.gov.middlesbrough.tracker.api.v1;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.gov.middlesbrough.tracker.api.ApiErrors;
import uk.gov.middlesbrough.tracker.api.ApiErrors.ApiError;
import uk.gov.middlesbrough.tracker.web.DateOutOfRange;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The API's refusals as JSON (never the pages' HTML error pages): unknown records 404, bad parameters 400. */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice {

	private final ApiErrors errors;

	ApiExceptionAdvice(ApiErrors errors) {
		this.errors = errors;
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ApiError> notFound() {
		return answer(HttpStatus.NOT_FOUND, "api.error.notFound");
	}

	@ExceptionHandler(DateOutOfRange.class)
	ResponseEntity<ApiError> dateOutOfRange() {
		return answer(HttpStatus.BAD_REQUEST, "api.error.dateOutOfRange");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException mismatch) {
		return answer(HttpStatus.BAD_REQUEST, "api.error.badParameter", mismatch.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missing(MissingServletRequestParameterException missing) {
		return answer(HttpStatus.BAD_REQUEST, "api.error.badParameter", missing.getParameterName());
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<ApiError> badParameter(BadParameter bad) {
		return answer(HttpStatus.BAD_REQUEST, bad.messageKey(), bad.arguments());
	}

	private ResponseEntity<ApiError> answer(HttpStatus status, String messageKey, Object... arguments) {
		return ResponseEntity.status(status).body(errors.of(status, messageKey, arguments));
	}
}
