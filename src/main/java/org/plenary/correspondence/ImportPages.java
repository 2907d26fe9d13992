package org.plenary.correspondence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.plenary.system.ScannedPages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pages of a scanned letter, kept while it is imported: an image of each page, for
 * the reviewer to compare with the text OCR read, and which pages OCR has read, for the
 * progress bar. Written outside the transaction that stores what was read, so that the
 * progress shows while the pages are being read.
 */
@Component
class ImportPages {

	/**
	 * Enough to read a letter's page on a screen beside its text; a page is 50–150 KB.
	 */
	static final float REVIEW_DPI = 80f;

	private final JdbcClient jdbc;

	ImportPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What tells this store of a file's pages as OCR reads them. */
	ScannedPages.Progress of(UUID file) {
		return new ScannedPages.Progress() {

			@Override
			public void scanning(PDDocument document, int pages) throws IOException {
				keep(file, document, pages);
			}

			@Override
			public void pageRead(int read, int pages) {
				ImportPages.this.jdbc
					.sql("update correspondence_import_page set was_read = true where file_id = ? and number <= ?")
					.params(file, read)
					.update();
			}

		};
	}

	private void keep(UUID file, PDDocument document, int pages) throws IOException {
		this.jdbc.sql("delete from correspondence_import_page where file_id = ?").param(file).update();
		var renderer = new PDFRenderer(document);
		// A scan drawn at a quarter of its resolution need not decode every sample.
		renderer.setSubsamplingAllowed(true);
		for (int i = 0; i < pages; i++) {
			var image = renderer.renderImageWithDPI(i, REVIEW_DPI, ImageType.GRAY);
			this.jdbc.sql(
					"insert into correspondence_import_page (file_id, number, image, was_read) values (?, ?, ?, false)")
				.params(file, i + 1, png(image))
				.update();
		}
	}

	private static byte[] png(BufferedImage image) throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A page's image, as PNG. */
	Optional<byte[]> image(UUID file, int number) {
		return this.jdbc.sql("select image from correspondence_import_page where file_id = ? and number = ?")
			.params(file, number)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** How many pages a file has kept: 0 for a file that was not scanned. */
	int count(UUID file) {
		return this.jdbc.sql("select count(*) from correspondence_import_page where file_id = ?")
			.param(file)
			.query(Integer.class)
			.single();
	}

	/** For each scanned file of a batch, its pages and those read: one query. */
	Map<UUID, Pages> ofBatch(UUID batch) {
		var counts = new HashMap<UUID, Pages>();
		this.jdbc.sql("""
				select p.file_id, count(*), sum(case when p.was_read then 1 else 0 end)
				from correspondence_import_page p join correspondence_import_file f on f.id = p.file_id
				where f.batch_id = ? group by p.file_id""").param(batch).query((rs) -> {
			counts.put(rs.getObject(1, UUID.class), new Pages(rs.getInt(2), rs.getInt(3)));
		});
		return counts;
	}

	/** A scanned file's pages, and how many OCR has read. */
	record Pages(int count, int read) {

		static final Pages NONE = new Pages(0, 0);

	}

}
