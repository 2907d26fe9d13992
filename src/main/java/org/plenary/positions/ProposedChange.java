package org.plenary.positions;

/**
 * What a proposal does to an element's text: add words, delete words, or replace them.
 */
public enum ProposedChange {

	ADD, DELETE, REPLACE

}
