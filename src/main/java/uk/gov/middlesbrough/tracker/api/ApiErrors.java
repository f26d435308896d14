package uk.gov.middlesbrough.tracker.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Every refusal the API gives, as the same JSON body: the status, its reason phrase and a sentence saying why. */
@Component
public class ApiErrors {

	private final MessageSource messages;
	private final JsonMapper json;

	ApiErrors(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The body of every error: {@code {"status": 404, "error": "Not Found", "message": "..."}}. */
	public record ApiError(int status, String error, String message) {
	}

	/** The error for a status, its message from {@code messages-api.properties}. */
	public ApiError of(HttpStatus status, String messageKey, Object... args) {
		return new ApiError(status.value(), status.getReasonPhrase(), messages.getMessage(messageKey, args, Locale.UK));
	}

	/** Writes the error as the response (from a filter, where no controller answers). */
	void write(HttpServletResponse response, HttpStatus status, String messageKey, Object... args) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), of(status, messageKey, args));
	}
}
