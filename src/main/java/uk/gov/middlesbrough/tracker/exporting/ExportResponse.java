package uk.gov.middlesbrough.tracker.exporting;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A table as a download in the format asked for ("csv" or "xlsx"). */
public final class ExportResponse {

	private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private ExportResponse() {
	}

	/** @throws UnknownExportFormat for any other format (the page answers 404) */
	public static ResponseEntity<byte[]> of(ExportTable table, String format, LocalDate asOf) {
		String base = fileName(table.name()) + "-" + asOf;
		switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
			case "csv":
				return download(CsvExport.write(table), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), base + ".csv");
			case "xlsx":
				return download(XlsxExport.write(table), XLSX, base + ".xlsx");
			default:
				throw new UnknownExportFormat(format);
		}
	}

	/** Tables as one XLSX workbook, a sheet each ({@link XlsxExport#write(java.util.List)}), named after {@code name}. */
	public static ResponseEntity<byte[]> workbook(String name, java.util.List<ExportTable> tables, LocalDate asOf) {
		return download(XlsxExport.write(tables), XLSX, fileName(name) + "-" + asOf + ".xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
				.body(body);
	}

	static String fileName(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "table" : slug;
	}
}
