package org.plenary.mail;

import java.time.Instant;

import org.plenary.delegation.DelegationKind;

/** The official address of a Permanent Mission (or an observer's mission). */
public record MissionAddress(String delegation, String name, DelegationKind kind, String address, Instant updatedAt) {
}
