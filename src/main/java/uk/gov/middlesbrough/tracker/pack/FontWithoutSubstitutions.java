package uk.gov.middlesbrough.tracker.pack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A TrueType font's bytes with its glyph substitution table (GSUB) hidden, by renaming the table's entry in the
 * font's table directory. PDFBox applies a font's substitutions (ligatures such as "fi") to every run of text it
 * draws, and for DejaVu Sans that took three quarters of a pack's time; the pack's text needs none of them, and its
 * text is extracted more faithfully without ligatures. The glyphs, metrics and character map are untouched, and the
 * subset embedded in the PDF never carried the table.
 */
final class FontWithoutSubstitutions {

	private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
	/** A tag no font reader knows, so the table is skipped. */
	private static final byte[] HIDDEN = "xSUB".getBytes(StandardCharsets.US_ASCII);
	private static final int DIRECTORY_START = 12;
	private static final int ENTRY_SIZE = 16;

	private FontWithoutSubstitutions() {
	}

	/** A copy of the font with its GSUB table hidden (the same bytes if it has none). */
	static byte[] of(byte[] font) {
		byte[] copy = font.clone();
		int tables = Short.toUnsignedInt(ByteBuffer.wrap(copy).getShort(4));
		for (int i = 0; i < tables; i++) {
			int at = DIRECTORY_START + i * ENTRY_SIZE;
			if (Arrays.equals(copy, at, at + 4, GSUB, 0, 4)) {
				System.arraycopy(HIDDEN, 0, copy, at, 4);
			}
		}
		return copy;
	}
}
