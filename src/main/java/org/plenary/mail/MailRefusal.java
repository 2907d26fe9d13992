package org.plenary.mail;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No such message or attachment (404); a message already sent is not sent again (409).
 */
class MailRefusal extends Refusal {

	MailRefusal(HttpStatus status, Said title, Said detail) {
		super(status, title, detail);
	}

}
