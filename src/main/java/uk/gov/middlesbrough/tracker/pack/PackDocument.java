package uk.gov.middlesbrough.tracker.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.gov.middlesbrough.tracker.exporting.CsvExport;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.exporting.XlsxExport;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Renders a pack's content as its PDF, and the PDF with the tables as CSV and XLSX in one ZIP. */
@Component
class PackDocument {

	private final ITemplateEngine templates;
	private final PdfRenderer pdf;
	PackDocument(ITemplateEngine templates, PdfRenderer pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	/** The pack laid out as XHTML and numbered: what its PDF is rendered from and its web view shows. */
	String xhtml(PackContent content) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("pack", content);
		return PackNumbering.number(templates.process("pack/pdf/pack", context));
	}

	byte[] pdf(String xhtml) {
		return pdf.render(xhtml);
	}

	byte[] zip(PackContent content, byte[] pdfBytes, String baseName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			// The pack's date (the day its figures are as of), the same whenever it is produced, so the same content
			// always makes the same bytes.
			FileTime date = FileTime.from(content.asOf().day().atTime(12, 0).atZone(AsOf.UK).toInstant());
			add(zip, baseName + ".pdf", pdfBytes, date);
			for (ExportTable table : content.tables()) {
				String name = table.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
				add(zip, name + ".csv", CsvExport.write(table), date);
				add(zip, name + ".xlsx", XlsxExport.write(table), date);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] bytes, FileTime date) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(date);
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}
}
