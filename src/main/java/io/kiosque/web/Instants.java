package io.kiosque.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters that name a point in time: a date (midnight UTC) or an instant with its offset. */
public final class Instants {

    private Instants() {}

    /** Null for an absent or blank value; 400 naming the parameter for anything unreadable. */
    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    parameter + ": '" + value
                            + "' is neither a date (2026-01-02) nor an instant with its offset (2026-01-02T08:30:00Z)");
        }
    }
}
