package io.kiosque.web;

import jakarta.ws.rs.core.MediaType;

/** A text/plain request body, read strictly: at most so many bytes, UTF-8 whatever the charset says, text only. */
public final class PlainTextBody {

    private PlainTextBody() {}

    /** 413 over {@code maxBytes}, 415 for a charset other than UTF-8, 400 for bytes that are not UTF-8 or not text. */
    public static String decode(byte[] body, String contentType, int maxBytes) {
        if (body.length > maxBytes) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "the text is " + body.length + " bytes; an import takes at most " + maxBytes + " bytes ("
                            + maxBytes / (1024 * 1024) + " MiB)");
        }
        String charset = contentType == null
                ? null
                : MediaType.valueOf(contentType).getParameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "charset '" + charset
                            + "' is not accepted; send the text as UTF-8 with Content-Type: text/plain; charset=utf-8");
        }
        String text = InputText.decodeUtf8(body);
        InputText.check("body", text);
        return text;
    }
}
