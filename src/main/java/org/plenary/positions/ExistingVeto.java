package org.plenary.positions;

/**
 * What a model proposes for the veto of today's permanent members: keep it, restrict it
 * (to Chapter VII, not in cases of mass atrocities, two vetoes to block …), abolish it,
 * or nothing said.
 */
public enum ExistingVeto {

	KEEP, RESTRICT, ABOLISH, NOT_STATED

}
