package org.plenary.correspondence;

import java.util.UUID;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * The letter's state does not allow this (409): a circulated letter never changes; write
 * a correction instead.
 */
public class LetterClosed extends Refusal {

	/** What a letter in such a status cannot do, as messages of the bundles. */
	public enum Action {

		CHANGE("change", "refusal.correspondence.letterClosed.change",
				"refusal.correspondence.letterCirculated.change"),

		SIGN_AGAIN("be signed again", "refusal.correspondence.letterClosed.signAgain",
				"refusal.correspondence.letterCirculated.signAgain"),

		CIRCULATE("be circulated (it must be signed first)", "refusal.correspondence.letterClosed.circulate",
				"refusal.correspondence.letterCirculated.circulate"),

		DELETE("be deleted", "refusal.correspondence.letterClosed.delete",
				"refusal.correspondence.letterCirculated.delete"),

		CORRECT("be corrected (revise the draft instead)", "refusal.correspondence.letterClosed.correct",
				"refusal.correspondence.letterCirculated.correct");

		private final String english;

		private final String closed;

		private final String circulated;

		Action(String english, String closed, String circulated) {
			this.english = english;
			this.closed = closed;
			this.circulated = circulated;
		}

	}

	public LetterClosed(UUID letter, LetterStatus status, Action action) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.letterClosed", "Letter closed"), said(status, action));
		with("letter", letter);
	}

	private static Said said(LetterStatus status, Action action) {
		var english = "A %s letter cannot %s.%s".formatted(status.name().toLowerCase(), action.english,
				status == LetterStatus.CIRCULATED ? " Write a correction that refers to it." : "");
		return switch (status) {
			case CIRCULATED -> new Said(action.circulated, english);
			case SIGNED ->
				new Said(action.closed, english, new Said("refusal.correspondence.letterStatus.signed", "signed"));
			case DRAFT ->
				new Said(action.closed, english, new Said("refusal.correspondence.letterStatus.draft", "draft"));
		};
	}

}
