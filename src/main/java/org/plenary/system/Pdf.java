package org.plenary.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;

/**
 * Tagged, accessible PDF (PDF/UA) from XHTML, with the fonts shipped in the jar embedded:
 * DejaVu Sans and DejaVu Serif, which cover every name in the register (Lajčák, Jürg,
 * Nusseibeh, Gómez). Templates name them as {@value #SANS} and {@value #SERIF}.
 */
public final class Pdf {

	public static final String SANS = "DejaVu Sans";

	public static final String SERIF = "DejaVu Serif";

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
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing from the jar", ex);
		}
	}

}
