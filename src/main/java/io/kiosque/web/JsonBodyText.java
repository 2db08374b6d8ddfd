package io.kiosque.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Puts every JSON body through {@link InputText} before it is bound: the bytes must be strict UTF-8 (Jackson would
 * read the overlong C0 AF as "/"), and no string (nor field name) may hold an unpaired surrogate, which JSON lets
 * through as {@code "\ud800"}, or a noncharacter. One pass over the tokens names the field, as
 * {@code blocks[2].text}; malformed JSON is left for the binding to report.
 */
@Provider
public class JsonBodyText implements ReaderInterceptor {

    private static final JsonFactory TOKENS = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        checkStrings(InputText.decodeUtf8(body));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void checkStrings(String json) throws IOException {
        try (JsonParser parser = TOKENS.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    InputText.check(path(parser.getParsingContext()), parser.getText());
                }
            }
        } catch (JsonProcessingException malformed) {
            // reported by the binding, with its line and column
        }
    }

    /** "blocks[2].text", "title"; "body" for a bare string. */
    static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                path.insert(0, (at.getParent() != null && !at.getParent().inRoot() ? "." : "") + at.getCurrentName());
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
