package org.plenary.text;

import org.plenary.process.ProcessId;

/**
 * A revision of a negotiated text was issued, gained a version in another language, or
 * the matching of its paragraphs to the revision before was corrected (their anchors
 * changed): what the public reads of it changed. Published by
 * {@link NegotiatedTexts#issue}, {@link NegotiatedTexts#correctMatch} and
 * {@link LanguageVersions#addVersion}; search indexes its paragraphs in each language.
 */
public record RevisionIssued(ProcessId process, TextId text, RevisionId revision) {
}
