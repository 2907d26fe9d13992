package org.plenary.delegation;

/**
 * Member States; the non-member observer States (Holy See, State of Palestine); observer
 * organizations such as the European Union.
 */
public enum DelegationKind {

	MEMBER_STATE, OBSERVER_STATE, OBSERVER_ORGANIZATION

}
