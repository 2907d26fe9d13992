/**
 * The negotiated text of a process: its revisions (zero draft, Rev.1, …, final) made of
 * parts and numbered paragraphs, the amendments delegations and groups table to a
 * revision with who supports or opposes each, the compilation text that shows them
 * inline, and the comparison of two revisions. Publishes
 * {@link org.plenary.text.RevisionIssued} when a revision is issued, when an issued
 * revision gains a version in another language, and when its paragraphs' matching is
 * corrected.
 */
@ApplicationModule(allowedDependencies = { "process", "delegation", "identity", "system" })
@NullMarked
package org.plenary.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
