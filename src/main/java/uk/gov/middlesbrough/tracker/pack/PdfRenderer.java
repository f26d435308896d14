package uk.gov.middlesbrough.tracker.pack;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a pack's XHTML into a tagged PDF (PDF/UA mode of openhtmltopdf: title, language, headings and table
 * headers in the structure tree), with the DejaVu Sans font embedded so the text is extractable everywhere.
 */
@Component
class PdfRenderer {

	private static final byte[] REGULAR = FontWithoutSubstitutions.of(font("fonts/DejaVuSans.ttf"));
	private static final byte[] BOLD = FontWithoutSubstitutions.of(font("fonts/DejaVuSans-Bold.ttf"));

	byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withProducer("Locality Working Tracker");
			builder.withHtmlContent(xhtml, "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the pack as PDF", ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing from the application", ex);
		}
	}
}
