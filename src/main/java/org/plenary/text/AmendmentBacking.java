package org.plenary.text;

import java.time.LocalDate;

import org.plenary.delegation.SpeakerKind;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A delegation's or group's stance on an amendment, with the day it was said. */
@Embeddable
public record AmendmentBacking(
		@Enumerated(EnumType.STRING) @Column(name = "holder_kind", nullable = false) SpeakerKind holderKind,
		@Column(nullable = false) String holder, @Enumerated(EnumType.STRING) @Column(nullable = false) Stance stance,
		@Column(name = "stated_on", nullable = false) LocalDate statedOn) {
}
