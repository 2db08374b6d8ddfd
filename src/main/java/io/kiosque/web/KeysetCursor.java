package io.kiosque.web;

import io.quarkus.panache.common.Parameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Where a page ended: the last item's time and id. Keyset paging on (time, id) stays correct while items arrive,
 * and costs the same on the thousandth page as on the first. Opaque to clients. The one keyset helper: the
 * condition that starts a page after a cursor, and the cursor that ends a page.
 */
public record KeysetCursor(Instant at, long id) {

    /** The cursor after the last of these items (ordered by time, then id), or null when there is none or it has no time. */
    public static <T> String afterLast(List<T> items, Function<T, Instant> time, Function<T, Long> id) {
        T last = items.isEmpty() ? null : items.get(items.size() - 1);
        return last == null || time.apply(last) == null
                ? null
                : new KeysetCursor(time.apply(last), id.apply(last)).encode();
    }

    /**
     * A JPQL condition selecting the rows after this cursor in a list ordered by ({@code timeField}, id), newest or
     * oldest first; its parameters are added to {@code params}.
     */
    public String condition(String timeField, boolean newestFirst, Parameters params) {
        params.and("cursorAt", at).and("cursorId", id);
        // the first comparison is implied by the second; it gives the index a start point
        return newestFirst
                ? timeField + " <= :cursorAt and (" + timeField + " < :cursorAt or id < :cursorId)"
                : timeField + " >= :cursorAt and (" + timeField + " > :cursorAt or id > :cursorId)";
    }

    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static KeysetCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            return new KeysetCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "cursor: not a cursor this API gave out; pass nextCursor from the previous page as is");
        }
    }
}
