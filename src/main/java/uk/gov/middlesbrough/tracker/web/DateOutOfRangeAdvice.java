package uk.gov.middlesbrough.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a date out of range in a web address with the GOV.UK "problem with your request" page (400), saying
 * which dates the service accepts: the error page reads the line from the request attribute {@link #LINE}.
 */
@ControllerAdvice
class DateOutOfRangeAdvice {

	static final String LINE = "errorLine";

	@ExceptionHandler(DateOutOfRange.class)
	void outOfRange(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(LINE, "error.400.asOfRange");
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}
}
