package org.plenary.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's own test vectors (SHA-1), and what an authenticator app reads. */
class TotpTests {

	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void givesTheCodesOfRfc6238(long seconds, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
	}

	@Test
	void acceptsTheCodeOfNowAndOneStepEitherSideOnly() {
		var secret = Totp.base32(RFC_KEY);
		var now = Instant.ofEpochSecond(1111111111);
		var step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, step, 6), now)).hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, step - 1, 6), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, step + 1, 6), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, step - 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
	}

	@Test
	void writesSecretsInBase32AsAppsReadThem() {
		assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_KEY);
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
		assertThat(Totp.otpauth("Plenary", "chair of ign", "ABC")).isEqualTo(
				"otpauth://totp/Plenary:chair%20of%20ign?secret=ABC&issuer=Plenary&algorithm=SHA1&digits=6&period=30");
	}

}
