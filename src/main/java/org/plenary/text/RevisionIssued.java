package org.plenary.text;

import org.plenary.process.ProcessId;

/**
 * A revision of a negotiated text was issued, or the matching of its paragraphs to the
 * revision before was corrected (their anchors changed). Published by
 * {@link NegotiatedTexts#issue} and {@link NegotiatedTexts#correctMatch}; search indexes
 * its paragraphs.
 */
public record RevisionIssued(ProcessId process, TextId text, RevisionId revision) {
}
