package org.plenary.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.correspondence.ScannedPdfs;
import org.plenary.system.ScannedPages;

/**
 * A scanned letter read by OCR through Plenary: the five seed letters drawn into
 * 300-dpi page images, one PDF of images, read by {@link ScannedPages} with as many
 * Tesseract processes at once as the machine has cores. The setup also writes the same
 * pages as PNG files (the images Plenary renders) to {@code target/ocr-pages}, for
 * {@code bench/ocr/run.sh} to give to {@code tesseract} alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class OcrBenchmark {

	private byte[] pdf;

	private ScannedPages scans;

	private int pages;

	@Setup
	public void scanTheSeeds() throws IOException {
		var text = new StringBuilder();
		for (var name : List.of("000_7fe24c4cba9f33ed", "001_cfcaa1c9d0e21b1b", "002_c68e2c39948bf4b6",
				"003_5c0690904785c5d7", "004_262f4ecd4f5a0460")) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/" + name + ".txt")) {
				text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
			}
		}
		this.pdf = ScannedPdfs.scan(text.toString());
		var threads = Runtime.getRuntime().availableProcessors();
		this.scans = new ScannedPages("tesseract", "eng", threads, Duration.ofMinutes(2));
		var out = Path.of("target/ocr-pages");
		Files.createDirectories(out);
		try (var document = Loader.loadPDF(this.pdf)) {
			this.pages = document.getNumberOfPages();
			var renderer = new PDFRenderer(document);
			for (int i = 0; i < this.pages; i++) {
				ImageIO.write(renderer.renderImageWithDPI(i, ScannedPages.DPI, ImageType.GRAY), "png",
						out.resolve("page-%02d.png".formatted(i + 1)).toFile());
			}
		}
		Files.writeString(out.resolve("pages.txt"), this.pages + "\n");
	}

	@TearDown
	public void stop() {
		this.scans.close();
	}

	@Benchmark
	public String readTheScannedLetters() {
		try (var document = Loader.loadPDF(this.pdf)) {
			return this.scans.read(document, this.pages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
