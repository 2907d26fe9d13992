package org.plenary.delegation;

/**
 * The five regional groups of the United Nations, in the order the UN lists them.
 */
public enum RegionalGroup {

	AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN, WESTERN_EUROPEAN_AND_OTHERS

}
