package org.plenary.positions;

/**
 * Whether new permanent members would hold the veto: yes (the African Union: "all the
 * prerogatives and privileges of permanent membership including the right of veto"), no,
 * deferred to a review (the G4's 2005 draft: not until a review fifteen years on), or not
 * stated by the model.
 */
public enum NewMembersVeto {

	YES, NO, DEFERRED_TO_REVIEW, NOT_STATED

}
