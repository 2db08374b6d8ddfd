package io.kiosque.web;

import java.util.ArrayList;
import java.util.List;

/** Entity tags and the conditional request headers of RFC 9110. */
public final class ETags {

    private ETags() {}

    public static String strong(String opaque) {
        return '"' + opaque + '"';
    }

    /** If-None-Match uses weak comparison: {@code W/"x"} matches {@code "x"}; {@code *} matches anything. */
    public static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = stripWeak(etag);
        for (String candidate : split(ifNoneMatch)) {
            if (candidate.equals("*") || stripWeak(candidate).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** The opaque part of the entity tags in an If-Match header ({@code *} stays {@code *}); weak tags are kept out. */
    public static List<String> strongOpaqueTags(String header) {
        List<String> tags = new ArrayList<>();
        for (String candidate : split(header)) {
            if (candidate.equals("*")) {
                tags.add("*");
            } else if (!candidate.startsWith("W/")
                    && candidate.length() >= 2
                    && candidate.startsWith("\"")
                    && candidate.endsWith("\"")) {
                tags.add(candidate.substring(1, candidate.length() - 1));
            }
        }
        return tags;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        for (String part : header.split(",")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }
}
