package io.kiosque.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the last item's time and id. Keyset paging on (time, id) stays correct while items arrive,
 * and costs the same on the thousandth page as on the first. Opaque to clients.
 */
public record KeysetCursor(Instant at, long id) {

    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static KeysetCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            return new KeysetCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor: not a cursor this API gave out; pass nextCursor from the previous page as is");
        }
    }
}
