package org.plenary.positions;

/**
 * A reform model was submitted or revised (models are public). Published by
 * {@link ReformModels}; search indexes it.
 */
public record ReformModelPublished(ReformModelId model) {
}
