package org.plenary.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.awt.geom.GeneralPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.Letters;
import org.plenary.identity.Actor;
import org.plenary.positions.ReformModels;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word of every document Plenary prints lies inside the visible page: the
 * revisions, the compilation texts, the letters, the programme, the Elements of
 * Commonality and the reform models compared. Each word's position is read from the PDF
 * (PDFBox's text positions) and checked against the page's crop box.
 */
@PlenaryIntegrationTest
class PrintedPagesTests {

	/** Less than a tenth of a millimetre: rounding, not a cut word. */
	static final float TOLERANCE = 0.25f;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Autowired
	Letters letters;

	@Autowired
	ReformModels models;

	@Test
	void everyPrintedWordLiesInsideThePage() throws Exception {
		var documents = new LinkedHashMap<String, byte[]>();
		for (var text : this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous())) {
			for (var revision : text.revisions()) {
				documents.put(revision.label() + " PDF", pdf("/api/revisions/{id}/revision.pdf", revision.id()));
				documents.put(revision.label() + " compilation PDF",
						pdf("/api/revisions/{id}/compilation.pdf", revision.id()));
			}
		}
		this.letters.letters(null, Actor.anonymous())
			.stream()
			.limit(6)
			.forEach((l) -> documents.put("letter " + l.id(), pdf("/api/letters/{id}/letter.pdf", l.id())));
		documents.put("GCM programme", pdf("/processes/gcm/programme.pdf?session=72"));
		documents.put("IGN programme", pdf("/processes/ign/programme.pdf?session=71"));
		// Right to left, and a font of another script (issue #17).
		documents.put("GCM programme in Arabic", pdf("/processes/gcm/programme.pdf?session=72&lang=ar"));
		documents.put("GCM programme in Chinese", pdf("/processes/gcm/programme.pdf?session=72&lang=zh"));
		var ign = this.processes.process("ign").id();
		documents.put("Elements 1", pdf("/api/processes/{id}/elements/1/elements.pdf", ign));
		documents.put("Elements 2", pdf("/api/processes/{id}/elements/2/elements.pdf", ign));
		var g4 = this.models.models(null).stream().filter((m) -> m.name().equals("G4 model")).findFirst().orElseThrow();
		documents.put("models compared", pdf("/api/models/compare.pdf?ids=today," + g4.id() + ":1," + g4.id()));

		var outside = new ArrayList<String>();
		int words = 0;
		for (var document : documents.entrySet()) {
			var found = words(document.getValue());
			assertThat(found).as("%s has words", document.getKey()).isNotEmpty();
			words += found.size();
			found.stream().filter((w) -> !w.inside()).forEach((w) -> outside.add(document.getKey() + ": " + w));
		}
		assertThat(outside).as("words outside the visible page, of %d words", words).isEmpty();
	}

	@Test
	void wrappedLinesOfARevisionHangUnderTheParagraphsText() throws Exception {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var words = words(pdf("/api/revisions/{id}/revision.pdf", text.revisions().get(0).id()));

		// "1. This compact expresses our collective commitment to improving cooperation
		// on international migration (demo text)."
		var first = words.stream().filter((w) -> w.text().equals("This")).findFirst().orElseThrow();
		var number = words.stream()
			.filter((w) -> w.page() == first.page() && Math.abs(w.bottom() - first.bottom()) < 0.5f
					&& w.right() < first.left())
			.reduce((a, b) -> b)
			.orElseThrow();
		var wrapped = words.stream()
			.filter((w) -> w.text().equals("on") && w.page() == first.page() && w.bottom() < first.bottom()
					&& w.bottom() > first.bottom() - 20)
			.findFirst()
			.orElseThrow();
		assertThat(number.text()).isEqualTo("1.");
		assertThat(number.right()).as("the number stands apart, in the margin of the text")
			.isLessThan(first.left() - 10);
		assertThat(wrapped.left()).as("the wrapped line starts under the text, not under the number")
			.isCloseTo(first.left(), org.assertj.core.data.Offset.offset(0.5f));
	}

	private byte[] pdf(String uri, Object... variables) {
		var response = this.mvc.get().uri(uri, variables).exchange();
		assertThat(response).as(uri).hasStatusOk();
		return response.getResponse().getContentAsByteArray();
	}

	/**
	 * The paths of a page's content as far as clipping needs them: built in the page's
	 * space, intersected with the graphics state's clip on {@code W n} (or {@code W} and
	 * a painting operator).
	 */
	static final class ClipPaths {

		private final PDFStreamEngine engine;

		private GeneralPath path = new GeneralPath();

		private boolean clipNext;

		ClipPaths(PDFStreamEngine engine) {
			this.engine = engine;
		}

		OperatorProcessor operator(String name) {
			return new OperatorProcessor(this.engine) {

				@Override
				public void process(Operator operator, List<COSBase> operands) {
					apply(name, operands);
				}

				@Override
				public String getName() {
					return name;
				}

			};
		}

		private void apply(String name, List<COSBase> operands) {
			var numbers = operands.stream()
				.filter(COSNumber.class::isInstance)
				.map((n) -> ((COSNumber) n).floatValue())
				.toList();
			switch (name) {
				case "m" -> {
					var at = point(numbers.get(0), numbers.get(1));
					this.path.moveTo(at.x, at.y);
				}
				case "l", "c", "v", "y" -> {
					var at = point(numbers.get(numbers.size() - 2), numbers.get(numbers.size() - 1));
					if (this.path.getCurrentPoint() == null) {
						this.path.moveTo(at.x, at.y);
					}
					this.path.lineTo(at.x, at.y);
				}
				case "re" -> {
					float x = numbers.get(0);
					float y = numbers.get(1);
					float w = numbers.get(2);
					float h = numbers.get(3);
					var a = point(x, y);
					var b = point(x + w, y);
					var c = point(x + w, y + h);
					var d = point(x, y + h);
					this.path.moveTo(a.x, a.y);
					this.path.lineTo(b.x, b.y);
					this.path.lineTo(c.x, c.y);
					this.path.lineTo(d.x, d.y);
					this.path.closePath();
				}
				case "h" -> {
					if (this.path.getCurrentPoint() != null) {
						this.path.closePath();
					}
				}
				case "W", "W*" -> this.clipNext = true;
				default -> {
					if (this.clipNext) {
						this.engine.getGraphicsState().intersectClippingPath(this.path);
					}
					this.clipNext = false;
					this.path = new GeneralPath();
				}
			}
		}

		private java.awt.geom.Point2D.Float point(float x, float y) {
			return this.engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
		}

	}

	/**
	 * A word on a page, where it is drawn and where the page shows it (PDF points, y up).
	 */
	record Word(int page, String text, float left, float bottom, float right, float top, float visibleLeft,
			float visibleBottom, float visibleRight, float visibleTop, boolean inside) {

		@Override
		public String toString() {
			return "page %d \"%s\" at x %.1f–%.1f, y %.1f–%.1f; visible x %.1f–%.1f, y %.1f–%.1f".formatted(this.page,
					this.text, this.left, this.right, this.bottom, this.top, this.visibleLeft, this.visibleRight,
					this.visibleBottom, this.visibleTop);
		}

	}

	/**
	 * The words of a PDF, each with the box it is drawn in (PDF user space, y up) and the
	 * box where it can be seen: the crop box, narrowed by the clipping path in force when
	 * it was drawn (a word drawn past a clip is cut on paper though it is on the page).
	 */
	static List<Word> words(byte[] pdf) throws IOException {
		var words = new ArrayList<Word>();
		try (var document = Loader.loadPDF(pdf)) {
			var stripper = new PDFTextStripper() {

				private final List<float[]> glyphs = new ArrayList<>();

				{
					// The text stripper ignores paths; the clipping paths are kept here.
					var clip = new ClipPaths(this);
					for (var name : List.of("m", "l", "c", "v", "y", "re", "h", "W", "W*", "n", "f", "F", "f*", "S",
							"s", "B", "B*", "b", "b*")) {
						addOperator(clip.operator(name));
					}
				}

				private final StringBuilder text = new StringBuilder();

				@Override
				protected void processTextPosition(TextPosition position) {
					var unicode = position.getUnicode();
					if (unicode == null || unicode.isBlank()) {
						flush();
						return;
					}
					var matrix = position.getTextMatrix();
					float x = matrix.getTranslateX();
					float y = matrix.getTranslateY();
					float size = Math.abs(matrix.getScalingFactorY());
					var visible = getCurrentPage().getCropBox().toGeneralPath().getBounds2D();
					var clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
					visible = visible.createIntersection(clip);
					if (!this.glyphs.isEmpty() && Math.abs(this.glyphs.get(this.glyphs.size() - 1)[1] - y) > 0.5f) {
						flush();
					}
					this.text.append(unicode);
					this.glyphs.add(new float[] { x, y, x + position.getWidthDirAdj(), y + size * 0.7f,
							(float) visible.getMinX(), (float) visible.getMinY(), (float) visible.getMaxX(),
							(float) visible.getMaxY() });
				}

				@Override
				protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
					flush();
					super.endPage(page);
				}

				private void flush() {
					if (this.glyphs.isEmpty()) {
						return;
					}
					boolean inside = true;
					float left = Float.MAX_VALUE;
					float right = -Float.MAX_VALUE;
					float bottom = Float.MAX_VALUE;
					float top = -Float.MAX_VALUE;
					float[] box = this.glyphs.get(0);
					for (var g : this.glyphs) {
						left = Math.min(left, g[0]);
						bottom = Math.min(bottom, g[1]);
						right = Math.max(right, g[2]);
						top = Math.max(top, g[3]);
						inside &= g[0] >= g[4] - TOLERANCE && g[1] >= g[5] - TOLERANCE && g[2] <= g[6] + TOLERANCE
								&& g[3] <= g[7] + TOLERANCE;
						if (g[6] < box[6]) {
							box = g;
						}
					}
					words.add(new Word(getCurrentPageNo(), this.text.toString(), left, bottom, right, top, box[4],
							box[5], box[6], box[7], inside));
					this.glyphs.clear();
					this.text.setLength(0);
				}

			};
			stripper.setSortByPosition(false);
			stripper.getText(document);
		}
		return words;
	}

}
