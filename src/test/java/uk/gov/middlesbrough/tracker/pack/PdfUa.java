package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** veraPDF's PDF/UA-1 validation of a pack's PDF, for the tests of whatever the pack shows. */
public final class PdfUa {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUa() {
	}

	/** Fails listing every PDF/UA-1 check the PDF fails. */
	public static void assertPdfUa1(byte[] pdf) throws Exception {
		List<TestAssertion> failed;
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
			failed = validator.validate(parser).getTestAssertions().stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.toList();
		}
		assertThat(failed).as(() -> failed.stream()
				.map(assertion -> assertion.getRuleId().getClause() + " test " + assertion.getRuleId().getTestNumber() + ": "
						+ assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")")
				.collect(Collectors.joining("\n", "veraPDF PDF/UA-1 failed checks:\n", "")))
			.isEmpty();
	}
}
