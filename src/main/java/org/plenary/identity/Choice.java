package org.plenary.identity;

/**
 * One option of a list a person picks from: the value sent, the label shown.
 */
public record Choice(String value, String label) {
}
