package io.kiosque.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sliding estimate: what a client sent just before a window boundary still counts just after it. */
class RateLimiterWindowTest {

    private static final long MINUTE = 60_000;

    private static RateLimiter.Window at(long millisIntoWindow) {
        return new RateLimiter.Window(Instant.ofEpochMilli(100 * MINUTE), MINUTE, 100 * MINUTE + millisIntoWindow);
    }

    @Test
    void shouldCountABurstThatStraddlesTheWindowBoundary() {
        // 6 hits in the last second of the previous window and 5 in the first second of this one: 11 within 2 s
        assertEquals(11, at(1_000).estimate(6, 5));
    }

    @Test
    void shouldLetThePreviousWindowFadeAsTheCurrentOneGoesOn() {
        assertEquals(3 + 3, at(MINUTE / 2).estimate(6, 3));
        assertEquals(1 + 3, at(MINUTE - 1).estimate(6, 3), "a trace of the previous window rounds up");
    }

    @Test
    void shouldRetryWhenOneMoreHitFits() {
        // limit 10, 10 hits in the previous window, 4 now, 15 s in: room for one when ceil(10 × share) ≤ 5, at 30 s
        assertEquals(15, at(15_000).secondsUntilRoom(10, 4, 10));
        // the current window is full: in the next one, once ceil(10 × share) ≤ 9, that is 6 s into it
        assertEquals(45 + 6, at(15_000).secondsUntilRoom(0, 10, 10));
        assertEquals(1, at(15_000).secondsUntilRoom(0, 0, 10), "never less than a second");
    }
}
