/**
 * Letters: the President's transmittals and the facilitators' letters that announce
 * meetings, refer to earlier letters and to the Assembly's decisions. Today it holds the
 * extraction of existing letters (dates, senders, addressees, meetings, references) from
 * plain text, PDF and Word files; composing and archiving follow.
 */
@ApplicationModule(allowedDependencies = { "schedule", "process", "delegation", "identity", "system" })
@NullMarked
package org.plenary.correspondence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
