package org.plenary.text;

/**
 * A revision of a negotiated text was issued, or a version of an issued revision was
 * added in another language: what the public reads of it changed. Search indexes it.
 */
public record RevisionPublished(RevisionId revision) {
}
