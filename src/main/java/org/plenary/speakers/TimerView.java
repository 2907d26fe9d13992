package org.plenary.speakers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The timer as every screen draws it: running until {@code endsAt}, or paused with
 * {@code remainingMs} left (below zero when the speaker ran over), and the server's clock
 * when this was said, so that a screen corrects for its own clock.
 */
public record TimerView(boolean running, @Nullable Instant endsAt, long remainingMs, Instant serverTime) {
}
