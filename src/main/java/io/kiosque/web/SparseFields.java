package io.kiosque.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code fields=id,slug,title}: list items cut down to the fields a client asked for, in their usual order. */
public final class SparseFields {

    private static final TypeReference<LinkedHashMap<String, Object>> AS_MAP = new TypeReference<>() {};

    private final Set<String> names;

    private SparseFields(Set<String> names) {
        this.names = names;
    }

    /** The requested fields of a record type; 400 naming the allowed fields when one is unknown. */
    public static SparseFields parse(String fields, Class<? extends Record> type) {
        Set<String> allowed = Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> asked = Arrays.stream(fields.split(","))
                .map(String::strip)
                .filter(f -> !f.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unknown = asked.stream().filter(f -> !allowed.contains(f)).toList();
        if (asked.isEmpty() || !unknown.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "fields: " + (asked.isEmpty() ? "names no field" : "unknown " + String.join(", ", unknown))
                            + "; choose among " + String.join(", ", allowed));
        }
        return new SparseFields(asked);
    }

    public List<Map<String, Object>> select(ObjectMapper json, List<?> items) {
        return items.stream()
                .map(item -> {
                    Map<String, Object> all = json.convertValue(item, AS_MAP);
                    all.keySet().retainAll(names);
                    return all;
                })
                .toList();
    }
}
