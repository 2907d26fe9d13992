package org.plenary.system;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages of a scanned PDF — one without a text layer, or whose text layer is
 * mostly noise — with Tesseract, the OCR engine Debian packages ({@code tesseract-ocr}).
 * A scanner's page image is taken as it is; any other page is rendered at {@link #DPI}
 * dots per inch. Both happen in the caller's thread (PDFBox does not read one document
 * from several threads); each page is then read by its own {@code tesseract} process in a
 * pool of bounded size, so that the pages of one letter are read in parallel and no more
 * processes run at once than the pool allows, whoever asks. A server without Tesseract
 * says so in words instead of failing.
 */
public class ScannedPages implements AutoCloseable {

	/** What Tesseract reads best on letters: 300 dots per inch, in grey. */
	public static final float DPI = 300f;

	private static final Logger log = LoggerFactory.getLogger(ScannedPages.class);

	private final String command;

	private final String languages;

	private final Duration pageTime;

	private final ExecutorService pool;

	private volatile @Nullable Boolean installed;

	/**
	 * @param command the {@code tesseract} program (a name on the PATH or a path)
	 * @param languages Tesseract's languages joined by '+', such as {@code eng} or
	 * {@code eng+fra}; those not installed are left out
	 * @param threads how many pages are read at once on this server
	 * @param pageTime how long one page may take
	 */
	public ScannedPages(String command, String languages, int threads, Duration pageTime) {
		this.command = command;
		this.languages = languages;
		this.pageTime = pageTime;
		var count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(Math.max(1, threads), (task) -> {
			var thread = new Thread(task, "ocr-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Tesseract on the PATH, English, one page at a time per core. */
	public static ScannedPages withDefaults() {
		return new ScannedPages("tesseract", "eng", Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60));
	}

	/** Whether this server can read scans: the command runs and answers its version. */
	public boolean installed() {
		var known = this.installed;
		if (known == null) {
			known = answers(this.command, "--version");
			this.installed = known;
		}
		return known;
	}

	private volatile @Nullable String languagesInstalled;

	/**
	 * The languages asked for that Tesseract has installed, joined by '+' (asked once).
	 */
	String languagesInstalled() {
		var known = this.languagesInstalled;
		if (known == null) {
			known = listLanguages();
			this.languagesInstalled = known;
		}
		return known;
	}

	private String listLanguages() {
		var wanted = Arrays.stream(this.languages.split("\\+")).map(String::trim).filter((l) -> !l.isEmpty()).toList();
		try {
			var listed = run(List.of(this.command, "--list-langs"), null, Duration.ofSeconds(10));
			var available = Arrays.stream(listed.split("\\R")).map(String::trim).collect(Collectors.toSet());
			var kept = wanted.stream().filter(available::contains).toList();
			return kept.isEmpty() ? "eng" : String.join("+", kept);
		}
		catch (IOException ex) {
			return "eng";
		}
	}

	/**
	 * The text of the first {@code pages} pages of a PDF, page after page, read by OCR.
	 * @throws UnreadableDocument when Tesseract is not installed, fails, or a page takes
	 * too long
	 */
	public String read(PDDocument document, int pages) {
		return read(document, pages, Progress.NONE);
	}

	/**
	 * What a reader of scanned pages learns as they are read: the document and its number
	 * of pages before the first is read, then each page read.
	 */
	public interface Progress {

		Progress NONE = new Progress() {
		};

		/** The scanned document, before its pages are read (to keep their images). */
		default void scanning(PDDocument document, int pages) throws IOException {
		}

		/** One more page read, of how many. */
		default void pageRead(int read, int pages) {
		}

	}

	/**
	 * The text of the first {@code pages} pages of a PDF, read by OCR, telling
	 * {@code progress} how far it has come.
	 */
	public String read(PDDocument document, int pages, Progress progress) {
		if (!installed()) {
			throw new UnreadableDocument("The PDF has no text layer: it is a scanned image, and this server cannot read"
					+ " scans because Tesseract OCR is not installed (Debian: apt-get install tesseract-ocr)."
					+ " Ask the administrator to install it, or import the letter as text.");
		}
		var langs = languagesInstalled();
		var renderer = new PDFRenderer(document);
		var reading = new ArrayList<Future<String>>();
		var files = new ArrayList<Path>();
		try {
			for (int i = 0; i < pages; i++) {
				var file = pageFile(document.getPage(i), i, renderer);
				files.add(file);
				reading.add(this.pool.submit(() -> ocr(file, langs)));
			}
			// The pages are being read: whatever the caller keeps of the document now
			// shares the machine with Tesseract instead of delaying it.
			progress.scanning(document, pages);
			var text = new StringBuilder();
			for (int i = 0; i < reading.size(); i++) {
				text.append(reading.get(i).get(this.pageTime.toMillis() * (i + 1), TimeUnit.MILLISECONDS).strip());
				text.append("\n\n");
				progress.pageRead(i + 1, pages);
			}
			return text.toString();
		}
		catch (TimeoutException ex) {
			throw new UnreadableDocument(
					"Reading the scanned pages took longer than %d seconds a page: scan them again more clearly, or import the letter as text."
						.formatted(this.pageTime.toSeconds()));
		}
		catch (ExecutionException ex) {
			var cause = ex.getCause();
			if (cause instanceof UnreadableDocument refusal) {
				throw refusal;
			}
			throw new UnreadableDocument("The scanned pages could not be read: " + cause.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnreadableDocument("Reading the scanned pages was interrupted.");
		}
		catch (IOException ex) {
			throw new UnreadableDocument("A page of the PDF cannot be drawn to be read: " + ex.getMessage());
		}
		finally {
			reading.forEach((page) -> page.cancel(true));
			files.forEach(ScannedPages::delete);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("A scanned page's image could not be deleted: {}", file, ex);
		}
	}

	/**
	 * A page's image in a file Tesseract reads from (Tesseract reads a large image from
	 * its standard input in small pieces, a fifth slower than from a file, measured on a
	 * 300-dpi page): a scanner's image as it is where the page is one, otherwise the page
	 * drawn at {@link #DPI}.
	 */
	private static Path pageFile(PDPage page, int index, PDFRenderer renderer) throws IOException {
		var scanned = scannedImage(page);
		if (scanned != null) {
			return scanned;
		}
		return written(".pgm", (out) -> greyMap(renderer.renderImageWithDPI(index, DPI, ImageType.GRAY), out));
	}

	/** What writes a page's image into its file. */
	private interface PageWriter {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * A new temporary file with what the writer writes; none left behind when writing
	 * fails.
	 */
	private static Path written(String suffix, PageWriter writer) throws IOException {
		var file = Files.createTempFile("plenary-ocr-", suffix);
		try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			writer.write(out);
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			throw ex;
		}
		return file;
	}

	/** One page's image, read by one Tesseract process that uses one core. */
	private String ocr(Path file, String langs) throws IOException {
		var text = run(List.of(this.command, file.toString(), "stdout", "-l", langs, "--psm", "4", "-c",
				"preserve_interword_spaces=1"), null, this.pageTime);
		// Words a column's gap apart are a table's cells, as the text layer of a PDF
		// writes them: parted by a tab.
		return COLUMN_GAP.matcher(text).replaceAll("\t");
	}

	private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");

	/**
	 * A scanner's page is one image over the whole page: Tesseract reads that image as it
	 * is, without the page being drawn again. A JPEG's own bytes are written (Tesseract
	 * decodes them); grey, black-and-white or colour samples are streamed from the PDF's
	 * filters into a netpbm file (a header and the samples, which Tesseract reads without
	 * decoding anything), never held whole in memory; any other image is decoded once.
	 * Null where the page is more than one image, or its image is too coarse to read
	 * (under 200 dots per inch): the page is then drawn at {@link #DPI}.
	 */
	private static @Nullable Path scannedImage(PDPage page) throws IOException {
		var resources = page.getResources();
		if (resources == null || page.getRotation() != 0) {
			return null;
		}
		PDImageXObject only = null;
		for (var name : resources.getXObjectNames()) {
			if (!(resources.getXObject(name) instanceof PDImageXObject image) || only != null) {
				return null;
			}
			only = image;
		}
		if (only == null || only.getWidth() / (page.getMediaBox().getWidth() / 72f) < 200) {
			return null;
		}
		var image = only;
		var filters = image.getStream().getFilters();
		if (filters.size() == 1 && COSName.DCT_DECODE.equals(filters.get(0))) {
			return written(".jpg", (out) -> {
				try (var jpeg = image.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
					jpeg.transferTo(out);
				}
			});
		}
		var samples = Samples.of(image);
		if (samples != null) {
			return written(samples.suffix(), (out) -> {
				try (var in = image.getStream().createInputStream()) {
					samples.copy(in, out);
				}
			});
		}
		return written(".pgm", (out) -> greyMap(image.getImage(), out));
	}

	/**
	 * An image whose decoded samples are already a netpbm file's body: 8-bit grey (PGM),
	 * 8-bit RGB (PPM), or 1-bit grey (PBM, where 1 is black: PDF's 0 is black unless the
	 * image's decode array turns it round). Rows of 1-bit samples start on a byte in
	 * both.
	 */
	private record Samples(String magic, String suffix, int width, int height, long bytes, boolean inverted) {

		static @Nullable Samples of(PDImageXObject image) throws IOException {
			if (image.isStencil() || image.getStream().getCOSObject().containsKey(COSName.SMASK)) {
				return null;
			}
			var space = image.getColorSpace();
			int bits = image.getBitsPerComponent();
			var decode = image.getDecode();
			boolean reversed = decode != null && decode.size() >= 2 && decode.getInt(0) == 1 && decode.getInt(1) == 0;
			boolean plain = decode == null || (decode.size() >= 2 && decode.getInt(0) == 0 && decode.getInt(1) == 1);
			int w = image.getWidth();
			int h = image.getHeight();
			if (space instanceof PDDeviceGray && bits == 8 && plain) {
				return new Samples("P5", ".pgm", w, h, (long) w * h, false);
			}
			if (space instanceof PDDeviceRGB && bits == 8 && plain) {
				return new Samples("P6", ".ppm", w, h, 3L * w * h, false);
			}
			if (space instanceof PDDeviceGray && bits == 1 && (plain || reversed)) {
				return new Samples("P4", ".pbm", w, h, (long) ((w + 7) / 8) * h, !reversed);
			}
			return null;
		}

		/**
		 * The header, then exactly the samples the header promises: a short stream is
		 * filled with white, a long one cut.
		 */
		void copy(InputStream in, OutputStream out) throws IOException {
			var header = this.magic + "\n" + this.width + " " + this.height + "\n"
					+ (this.magic.equals("P4") ? "" : "255\n");
			out.write(header.getBytes(StandardCharsets.US_ASCII));
			var buffer = new byte[1 << 16];
			long left = this.bytes;
			int n;
			while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
				if (this.inverted) {
					for (int i = 0; i < n; i++) {
						buffer[i] = (byte) ~buffer[i];
					}
				}
				out.write(buffer, 0, n);
				left -= n;
			}
			// White: 255 in grey and colour; 0 in black-and-white, where 1 is black.
			Arrays.fill(buffer, this.magic.equals("P4") ? (byte) 0 : (byte) 255);
			while (left > 0) {
				int chunk = (int) Math.min(buffer.length, left);
				out.write(buffer, 0, chunk);
				left -= chunk;
			}
		}

	}

	/**
	 * The page as a binary PGM (netpbm's grey map), which Tesseract reads like any image:
	 * a header and the grey bytes as rendered, with none of the time PNG spends
	 * compressing 8 MB a page.
	 */
	private static void greyMap(BufferedImage image, OutputStream out) throws IOException {
		var grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : toGrey(image);
		out.write("P5\n%d %d\n255\n".formatted(grey.getWidth(), grey.getHeight()).getBytes(StandardCharsets.US_ASCII));
		var row = new byte[grey.getWidth()];
		var raster = grey.getRaster();
		for (int y = 0; y < grey.getHeight(); y++) {
			raster.getDataElements(0, y, grey.getWidth(), 1, row);
			out.write(row);
		}
	}

	private static BufferedImage toGrey(BufferedImage image) {
		var grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		var g = grey.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return grey;
	}

	private static boolean answers(String command, String argument) {
		try {
			run(List.of(command, argument), null, Duration.ofSeconds(10));
			return true;
		}
		catch (IOException | UnreadableDocument ex) {
			log.info("OCR is not available ({} {}): {}", command, argument, ex.getMessage());
			return false;
		}
	}

	private static String run(List<String> commandLine, byte @Nullable [] input, Duration time) throws IOException {
		var builder = new ProcessBuilder(commandLine).redirectError(ProcessBuilder.Redirect.DISCARD);
		// Tesseract's own threads would compete with the pool's: one core per page.
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		var process = builder.start();
		try {
			var output = new ByteArrayOutputStream();
			var reader = new Thread(() -> copy(process.getInputStream(), output), "ocr-output");
			reader.setDaemon(true);
			reader.start();
			try (var in = process.getOutputStream()) {
				if (input != null) {
					in.write(input);
				}
			}
			if (!process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new UnreadableDocument(
						"Reading a scanned page took longer than %d seconds: scan it again more clearly, or import the letter as text."
							.formatted(time.toSeconds()));
			}
			reader.join(time.toMillis());
			if (process.exitValue() != 0) {
				throw new IOException(commandLine.get(0) + " ended with " + process.exitValue());
			}
			return output.toString(StandardCharsets.UTF_8);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		try {
			in.transferTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a PDF's text layer is no text a person wrote: almost nothing per page, or
	 * mostly tokens that are not words (a scanner's own poor OCR, glyphs without
	 * Unicode).
	 */
	public static boolean isNoise(String text, int pages) {
		var visible = text.codePoints().filter((c) -> !Character.isWhitespace(c)).count();
		if (visible < 40L * Math.max(1, pages)) {
			return true;
		}
		var tokens = text.split("\\s+");
		int words = 0;
		int counted = 0;
		for (var token : tokens) {
			if (token.isEmpty()) {
				continue;
			}
			counted++;
			if (isWord(token)) {
				words++;
			}
		}
		return counted > 0 && words < counted * 0.5;
	}

	/**
	 * Letters with a vowel or a number, within punctuation: "Excellency,", "(10:00",
	 * "A/72/1".
	 */
	private static boolean isWord(String token) {
		var core = token.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$", "");
		if (core.isEmpty()) {
			return false;
		}
		if (core.chars().allMatch((c) -> Character.isDigit(c) || "/:.-,".indexOf(c) >= 0)) {
			return true;
		}
		if (!core.chars().allMatch((c) -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
			return false;
		}
		var lower = core.toLowerCase(Locale.ROOT);
		// Arabic, Chinese and Cyrillic words have no Latin vowels to look for.
		return Character.UnicodeScript.of(lower.codePointAt(0)) != Character.UnicodeScript.LATIN
				|| lower.codePoints().anyMatch((c) -> "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0);
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
