package org.plenary.process;

/**
 * What an entry of a mandate is: a decision ("62/557"), a resolution ("71/280") or
 * another text (a declaration).
 */
public enum MandateKind {

	DECISION, RESOLUTION, OTHER

}
