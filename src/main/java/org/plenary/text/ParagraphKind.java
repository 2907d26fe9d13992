package org.plenary.text;

/**
 * How the UN numbers a paragraph: preambular paragraphs (labelled PP1, PP2 … in drafts),
 * operative paragraphs numbered 1, 2 … through the whole text, sub-paragraphs (a), (b) …
 * under the operative paragraph before them, and unnumbered text (a chapeau, a vision).
 */
public enum ParagraphKind {

	PREAMBULAR, OPERATIVE, SUBPARAGRAPH, UNNUMBERED

}
