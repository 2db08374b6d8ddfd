package io.kiosque.text;

/** Turns titles into URL slugs: lowercase ASCII, accents folded, punctuation and guillemets dropped. */
public final class Slugs {

    /** Long enough to stay readable, short enough for a URL a person can share. */
    static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String of(String title) {
        String folded = Typography.fold(title);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean pendingDash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        String result = cut(slug.toString(), MAX_LENGTH);
        if (result.isEmpty()) {
            return "article";
        }
        // An all-digit slug would read as an id in /api/articles/{id-or-slug}.
        return result.chars().allMatch(Character::isDigit) ? cut("article-" + result, MAX_LENGTH) : result;
    }

    /** The slug with a numeric suffix, for the n-th article sharing the same title. */
    public static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        return cut(slug, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** Cuts at the last word boundary that fits, or mid-word when a single word is too long. */
    private static String cut(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        int lastDash = slug.lastIndexOf('-', maxLength);
        String cut = lastDash > 0 ? slug.substring(0, lastDash) : slug.substring(0, maxLength);
        return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
    }
}
