package uk.gov.middlesbrough.tracker.importing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file beyond the servlet's own upload limit never reaches a controller: send the user back to the
 * import page they came from (GET on the same path) with a clear message.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	private final ImportSettings settings;

	UploadTooLargeAdvice(ImportSettings settings) {
		this.settings = settings;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("importProblem", new ImportProblem("import.refused.tooLarge", new Object[] { settings.maxBytes() / 1024 }));
		return "redirect:" + request.getRequestURI();
	}
}
