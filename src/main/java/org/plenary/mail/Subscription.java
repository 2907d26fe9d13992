package org.plenary.mail;

import java.util.UUID;

/**
 * What a person receives of a process: its letters, the changes to its programme (as
 * invitations), the morning digest of the day's journal.
 */
public record Subscription(UUID process, String processName, boolean letters, boolean programme, boolean digest) {
}
