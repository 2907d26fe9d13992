package org.plenary.delegation;

/**
 * A delegation (by its code) or a group of States (by its short name) as the holder of a
 * position, a model or an amendment, with the name to show.
 */
public record Speaker(SpeakerKind kind, String key, String name) {
}
