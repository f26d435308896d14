package uk.gov.middlesbrough.tracker.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.gov.middlesbrough.tracker.exporting.CsvExport;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.exporting.XlsxExport;

/** Renders a pack's content as its PDF, and the PDF with the tables as CSV and XLSX in one ZIP. */
@Component
class PackDocument {

	private final ITemplateEngine templates;
	private final PdfRenderer pdf;
	PackDocument(ITemplateEngine templates, PdfRenderer pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	byte[] pdf(PackContent content) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("pack", content);
		return pdf.render(templates.process("pack/pdf/pack", context));
	}

	byte[] zip(PackContent content, byte[] pdfBytes, String baseName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			add(zip, baseName + ".pdf", pdfBytes);
			for (ExportTable table : content.tables()) {
				String name = table.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
				add(zip, name + ".csv", CsvExport.write(table));
				add(zip, name + ".xlsx", XlsxExport.write(table));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// A fixed time, so the same content always makes the same bytes.
		entry.setTime(0);
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}
}
