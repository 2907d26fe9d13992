package org.plenary.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.nayuki.qrcodegen.QrCode;
import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second factor at sign-in: a code from an authenticator app (TOTP, RFC 6238), or one
 * of ten single-use recovery codes for the day the phone is lost. Offered to those whose
 * account can do most harm: administrators, the PGA office and facilitators. An account
 * with a second factor signs in on the pages only; the API's HTTP Basic is closed to it.
 */
@Service
public class SecondFactors {

	/** Recovery codes given at enrolment. */
	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final SignInThrottle throttle;

	SecondFactors(JdbcTemplate jdbc, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			SignInThrottle throttle) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.throttle = throttle;
	}

	/** What enrolling shows: the secret, as a QR code and as text to type. */
	public record Enrolment(String secret, String otpauth, String qrSvg) {
	}

	/** How a code typed at sign-in was taken. */
	public enum Check {

		ACCEPTED, WRONG, TOO_MANY

	}

	/** Whether the person's roles are those offered a second factor. */
	public boolean isOffered(Actor actor) {
		return actor.isAdministrator() || actor.isPgaOffice() || actor.holds(Role.FACILITATOR);
	}

	public boolean isEnrolled(String username) {
		var secrets = this.jdbc.query("select totp_secret from identity_account where lower(username) = ?",
				(row, n) -> row.getString(1), username.trim().toLowerCase(Locale.ROOT));
		return !secrets.isEmpty() && secrets.get(0) != null;
	}

	/**
	 * A new secret to show, not yet stored: stored when the first code proves it was
	 * read.
	 */
	public Enrolment start(Actor actor) {
		requireOffered(actor);
		var secret = Totp.newSecret();
		var otpauth = Totp.otpauth("Plenary", actor.username(), secret);
		return new Enrolment(secret, otpauth, svgOf(QrCode.encodeText(otpauth, QrCode.Ecc.MEDIUM), 4));
	}

	/**
	 * Stores the secret once a code from it is right, and gives the recovery codes, shown
	 * this once: only their hashes are kept.
	 */
	@Transactional
	public List<String> enrol(Actor actor, String secret, String code) {
		requireOffered(actor);
		if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
			throw new InvalidInput("secret", "Start again: the secret shown was not kept.",
					"refusal.identity.secretLost");
		}
		var step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			throw new InvalidInput("code",
					"That is not the code the app shows now. Type the six digits it shows for Plenary.",
					"refusal.identity.wrongCode");
		}
		var id = accountId(actor.username());
		this.jdbc.update("update identity_account set totp_secret = ?, totp_last_step = ? where id = ?", secret,
				step.getAsLong(), id);
		var codes = newRecoveryCodes(id);
		this.audit.record(actor, "account.second-factor-on", "account " + actor.username(), null);
		return codes;
	}

	/** Turns the second factor off, on the account's own password. */
	@Transactional
	public void disable(Actor actor, String password) {
		var hash = this.jdbc.queryForObject("select password_hash from identity_account where lower(username) = ?",
				String.class, actor.username().toLowerCase(Locale.ROOT));
		if (password == null || hash == null || !this.passwords.matches(password, hash)) {
			throw new InvalidInput("password", "The password is not right.", "refusal.identity.wrongPassword");
		}
		var id = accountId(actor.username());
		this.jdbc.update("update identity_account set totp_secret = null, totp_last_step = null where id = ?", id);
		this.jdbc.update("delete from identity_recovery_code where account_id = ?", id);
		this.audit.record(actor, "account.second-factor-off", "account " + actor.username(), null);
	}

	/**
	 * Takes a code typed at sign-in, within the same counts as passwords: a code from the
	 * app not used before, or an unused recovery code, which is then used up.
	 */
	@Transactional
	public Check check(String username, String typed, String address) {
		if (this.throttle.reserve(username, address) != null) {
			return Check.TOO_MANY;
		}
		var name = username.trim().toLowerCase(Locale.ROOT);
		var rows = this.jdbc.query("select id, totp_secret from identity_account where lower(username) = ?",
				(row, n) -> new Object[] { row.getObject(1, java.util.UUID.class), row.getString(2) }, name);
		if (rows.isEmpty() || rows.get(0)[1] == null) {
			return Check.WRONG;
		}
		var id = (java.util.UUID) rows.get(0)[0];
		var secret = (String) rows.get(0)[1];
		var step = Totp.matchingStep(secret, typed, this.clock.instant());
		boolean accepted;
		if (step.isPresent()) {
			// Once only: a code seen by someone looking over a shoulder is spent.
			accepted = this.jdbc.update(
					"update identity_account set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)",
					step.getAsLong(), id, step.getAsLong()) == 1;
		}
		else {
			accepted = typed != null && this.jdbc.update(
					"update identity_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
					Timestamp.from(this.clock.instant()), id, hash(normalisedRecoveryCode(typed))) == 1;
		}
		if (accepted) {
			this.throttle.succeeded(username, address);
			return Check.ACCEPTED;
		}
		this.throttle.failed(username, address);
		return Check.WRONG;
	}

	/** Recovery codes not yet used. */
	public int recoveryCodesLeft(String username) {
		var count = this.jdbc.queryForObject(
				"select count(*) from identity_recovery_code c join identity_account a on a.id = c.account_id "
						+ "where lower(a.username) = ? and c.used_at is null",
				Integer.class, username.trim().toLowerCase(Locale.ROOT));
		return count == null ? 0 : count;
	}

	private List<String> newRecoveryCodes(java.util.UUID account) {
		this.jdbc.update("delete from identity_recovery_code where account_id = ?", account);
		var codes = new ArrayList<String>();
		while (codes.size() < RECOVERY_CODES) {
			var code = new StringBuilder();
			for (int i = 0; i < 10; i++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
				if (i == 4) {
					code.append('-');
				}
			}
			if (!codes.contains(code.toString())) {
				codes.add(code.toString());
				this.jdbc.update("insert into identity_recovery_code (account_id, code_hash) values (?, ?)", account,
						hash(normalisedRecoveryCode(code.toString())));
			}
		}
		return codes;
	}

	/** The QR code as SVG: one path of dark modules, with a quiet zone around. */
	static String svgOf(QrCode qr, int border) {
		var path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		int side = qr.size + 2 * border;
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
				+ "\" width=\"232\" height=\"232\" role=\"img\" aria-label=\"QR code for the authenticator app\" "
				+ "shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
				+ "\" fill=\"#000\"/></svg>";
	}

	private java.util.UUID accountId(String username) {
		return this.jdbc.queryForObject("select id from identity_account where lower(username) = ?",
				java.util.UUID.class, username.trim().toLowerCase(Locale.ROOT));
	}

	private void requireOffered(Actor actor) {
		if (actor.isAnonymous() || !isOffered(actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.useSecondFactor", "use a second factor"));
		}
	}

	private static String normalisedRecoveryCode(@Nullable String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
