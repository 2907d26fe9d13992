package org.plenary.speakers;

/** Where an inscription stands: waiting its turn, speaking, done, or not heard. */
public enum InscriptionStatus {

	WAITING, SPEAKING, SPOKE, ABSENT

}
