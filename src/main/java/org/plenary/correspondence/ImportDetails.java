package org.plenary.correspondence;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessView;

/**
 * An imported file as its reviewer sees it: where it stands, its text cut into
 * highlighted runs (what each field came from), what the extractor found, the review to
 * start from, and the processes the reviewer may store it in.
 */
public record ImportDetails(ImportFileView file, @Nullable Extraction extraction, List<Highlights.Segment> segments,
		@Nullable ImportReview suggested, List<ProcessView> processes, int letters) {
}
