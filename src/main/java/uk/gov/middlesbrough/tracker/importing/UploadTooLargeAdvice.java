package uk.gov.middlesbrough.tracker.importing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the servlet's own upload limit never reaches a controller: send the user back to the
 * import page they came from (GET on the same path), which then says how large a file may be. (When the server
 * itself refuses the request first, {@link UploadTooLargePage} does the same from the error page.)
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		return "redirect:" + request.getRequestURI() + "?" + ImportPages.TOO_LARGE;
	}
}
