/**
 * The meeting itself: each meeting's speakers list — inscriptions by delegations and
 * groups, the order of the process's rule, the right of reply and points of order — and
 * the timer the secretariat runs, with live views (the console, the room display, a
 * delegate's view) that every instance updates from the list's events.
 */
@ApplicationModule(allowedDependencies = { "schedule", "process", "delegation", "identity", "system" })
@NullMarked
package org.plenary.speakers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
