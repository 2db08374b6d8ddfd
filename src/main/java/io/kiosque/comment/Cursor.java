package io.kiosque.comment;

import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of threads ended: the last first-comment's time and id. Keyset paging on (createdAt, id) stays
 * correct while comments arrive, and costs the same on the thousandth page as on the first.
 */
record Cursor(Instant createdAt, long id) {

    String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor: not a cursor this API gave out; pass nextCursor from the previous page as is");
        }
    }
}
