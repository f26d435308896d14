package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class FontWithoutSubstitutionsTests {

	@Test
	void theFontKeepsItsGlyphsAndLosesOnlyItsSubstitutions() throws IOException {
		byte[] original;
		try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
			original = in.readAllBytes();
		}
		byte[] hidden = FontWithoutSubstitutions.of(original);

		try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(hidden)) {
			assertThat(before.getTableMap()).containsKey("GSUB");
			assertThat(before.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);

			assertThat(after.getTableMap()).doesNotContainKey("GSUB").containsKey("xSUB");
			assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
			// Everything else as it was: the same glyphs for the same characters, the same widths.
			assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
			for (char c : "Newport fi £ – 'ffi' 12.5%".toCharArray()) {
				int glyph = before.getUnicodeCmapLookup().getGlyphId(c);
				assertThat(after.getUnicodeCmapLookup().getGlyphId(c)).isEqualTo(glyph).isPositive();
				assertThat(after.getAdvanceWidth(glyph)).isEqualTo(before.getAdvanceWidth(glyph));
			}
		}
		// Only the four bytes of the tag differ.
		int differing = 0;
		for (int i = 0; i < original.length; i++) {
			differing += original[i] == hidden[i] ? 0 : 1;
		}
		assertThat(differing).isBetween(1, 4);
	}

	private static TrueTypeFont parse(byte[] font) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(font));
	}
}
