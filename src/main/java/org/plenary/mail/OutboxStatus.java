package org.plenary.mail;

/** Where a message of the outbox stands. */
public enum OutboxStatus {

	/** Waiting to be sent, or for its next attempt. */
	QUEUED,
	/** Accepted by the mail server. */
	SENT,
	/** Refused or undeliverable after every attempt; the administrator may retry it. */
	FAILED

}
