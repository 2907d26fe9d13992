package org.plenary.mail;

/** How many messages one cause (a letter, a meeting) has queued, sent and failed. */
public record Delivery(int queued, int sent, int failed) {

	public int total() {
		return this.queued + this.sent + this.failed;
	}

}
