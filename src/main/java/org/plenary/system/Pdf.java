package org.plenary.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;

/**
 * Tagged, accessible PDF (PDF/UA) from XHTML, with the fonts shipped in the jar embedded
 * (subset) so that a document reads the same on every machine: DejaVu Sans and DejaVu
 * Serif for the Latin and Cyrillic scripts (Lajčák, Jürg, Nusseibeh, Gómez, Небензя),
 * Noto Naskh Arabic for Arabic and Droid Sans Fallback for Chinese (a TrueType-outline
 * font, which PDFBox subsets; Noto Sans CJK's CFF collection it cannot). Templates name
 * the fonts through {@link #serif(Language)} and {@link #sans(Language)}: a list of
 * families in which each character falls back to the first font that has it, so an
 * English name in an Arabic letter renders. Arabic is shaped (its letters joined, ICU4J's
 * Arabic shaping) and runs of either direction ordered by the Unicode bidirectional
 * algorithm ({@code openhtmltopdf-rtl-support}); a document or element with
 * {@code dir="rtl"} is laid out from the right.
 */
public final class Pdf {

	public static final String SANS = "DejaVu Sans";

	public static final String SERIF = "DejaVu Serif";

	public static final String ARABIC = "Noto Naskh Arabic";

	public static final String CHINESE = "Droid Sans Fallback";

	static {
		// openhtmltopdf logs through its own console handler unless told to use SLF4J.
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	private Pdf() {
	}

	public static byte[] render(String xhtml) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), SANS, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), SANS, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSerif.ttf"), SERIF, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSerif-Bold.ttf"), SERIF, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/NotoNaskhArabic-Regular.ttf"), ARABIC, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/NotoNaskhArabic-Bold.ttf"), ARABIC, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DroidSansFallbackFull.ttf"), CHINESE, 400, FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The CSS {@code font-family} of a serif document in a language: its script's font
	 * first, then the others for what it quotes.
	 */
	public static String serif(Language language) {
		return families(language, SERIF);
	}

	/** The CSS {@code font-family} of a sans-serif document in a language. */
	public static String sans(Language language) {
		return families(language, SANS);
	}

	private static String families(Language language, String latin) {
		return switch (language) {
			case ARABIC -> quoted(ARABIC, latin, CHINESE);
			case CHINESE -> quoted(latin, CHINESE, ARABIC);
			default -> quoted(latin, ARABIC, CHINESE);
		};
	}

	private static String quoted(String... families) {
		return String.join(", ", java.util.Arrays.stream(families).map((f) -> '"' + f + '"').toList());
	}

	/**
	 * A font's bytes, read from the jar once (6 MB for the seven, the Chinese one 4 MB):
	 * every document renders with them, and unzipping them again for each was most of the
	 * time of a short letter's first PDF.
	 */
	private static InputStream font(String path) {
		return new ByteArrayInputStream(FONTS.computeIfAbsent(path, Pdf::read));
	}

	private static final java.util.Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

	private static byte[] read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing from the jar", ex);
		}
	}

}
