package org.plenary.speakers;

/**
 * How a process orders its speakers: statements on behalf of groups first, then Member
 * States, then observers, each in the order they inscribed (the default, as the Assembly
 * does); or simply in the order of inscription.
 */
public enum SpeakingOrder {

	GROUPS_FIRST, INSCRIPTION

}
