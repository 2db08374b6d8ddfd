package io.kiosque.web;

import io.kiosque.text.Unicode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The checks every text a client sends goes through, whatever carries it (a JSON field, a text/plain import, a
 * query parameter): the bytes are strictly UTF-8 (no overlong forms such as C0 AF for "/", no encoded surrogates),
 * and the text holds no unpaired surrogate and no noncharacter ({@link Unicode#firstForbidden}).
 */
public final class InputText {

    private InputText() {}

    /** The body decoded as UTF-8; 400 naming the first byte that is not, instead of guessing what was meant. */
    public static String decodeUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            int offset = bytes.position();
            String where = offset < body.length
                    ? ": bad byte 0x" + HexFormat.of().toHexDigits(body[offset]) + " at offset " + offset
                    : "";
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "the body is not valid UTF-8" + where + "; re-encode the text as UTF-8");
        }
    }

    /** 400 naming the field or parameter when its value holds an unpaired surrogate or a noncharacter. */
    public static void check(String field, String value) {
        int forbidden = Unicode.firstForbidden(value);
        if (forbidden >= 0) {
            throw ProblemException.invalidField(
                    field, "contains " + Unicode.describeForbidden(value, forbidden) + "; send text only");
        }
    }

    /**
     * {@link #check}, and no NUL: bodies go through cleaning that drops control characters, but parameters reach
     * database queries as sent, and PostgreSQL takes no NUL in text.
     */
    public static void checkParameter(String name, String value) {
        check(name, value);
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw ProblemException.invalidField(name, "contains U+0000 (NUL) at character " + nul + "; send text only");
        }
    }
}
