package org.plenary.delegation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

import org.plenary.system.InvalidValue;

/**
 * A delegation's code: the ISO 3166-1 alpha-3 code of a State ("MEX"), or a short code
 * for an observer ("EU").
 */
public record DelegationCode(@JsonValue String value) {

	public DelegationCode {
		if (!value.matches("[A-Za-z]{2,3}")) {
			throw new InvalidValue("A delegation code has two or three letters, such as MEX or EU: " + value,
					"refusal.delegation.codeForm", value);
		}
		value = value.toUpperCase(Locale.ROOT);
	}

	public static DelegationCode of(String value) {
		return new DelegationCode(value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
