package uk.gov.middlesbrough.tracker.exporting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only CSV and XLSX exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownExportFormat extends RuntimeException {

	public UnknownExportFormat(String format) {
		super("No export format " + format);
	}
}
