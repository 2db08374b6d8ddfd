package io.kiosque.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An enum that clients and the database know by its constant's name in lower case. */
public interface WireNamed {

    String name();

    @JsonValue
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null for null (an omitted value); any other name must be a wire name of {@code type}, as validation checked. */
    static <E extends Enum<E> & WireNamed> E fromWireName(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }
}
