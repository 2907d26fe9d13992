/**
 * E-mail: the official addresses of the Permanent Missions and each person's own, what a
 * person subscribes to, and the outbox. Modules announce what happened (a letter
 * circulated, a meeting added, moved or cancelled); this module decides who receives
 * what, writes the messages in the same transaction, and a worker sends them to the SMTP
 * relay with retries, meetings as iMIP invitations.
 */
@ApplicationModule(allowedDependencies = { "correspondence", "correspondence :: print", "schedule",
		"schedule :: calendar", "process", "delegation", "identity", "system" })
@NullMarked
package org.plenary.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
