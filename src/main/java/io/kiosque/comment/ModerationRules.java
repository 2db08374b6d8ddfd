package io.kiosque.comment;

import io.kiosque.article.CommentMode;
import io.kiosque.text.Typography;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides the status of a new or edited comment. Pure: the caller supplies the article's mode, the word lists
 * and whether the same author posted the same text recently.
 * <ul>
 *   <li>closed articles take no comment (the caller refuses before asking);</li>
 *   <li>a banned word (accents and case ignored) rejects the comment: it is never shown;</li>
 *   <li>a suspect word, more links than allowed, or a duplicate holds it for a moderator;</li>
 *   <li>on a premoderated article everything waits for a moderator;</li>
 *   <li>otherwise it is approved at once.</li>
 * </ul>
 */
final class ModerationRules {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s]+");

    /** The status a comment gets, and why when it is not approved. */
    record Verdict(String status, String reason) {}

    private final Set<String> banned;
    private final Set<String> suspect;
    private final int maxLinks;

    ModerationRules(Set<String> banned, Set<String> suspect, int maxLinks) {
        this.banned = fold(banned);
        this.suspect = fold(suspect);
        this.maxLinks = maxLinks;
    }

    Verdict judge(CommentMode mode, String authorName, String body, boolean duplicate) {
        return judge(mode, judgeText(authorName, body), duplicate);
    }

    /**
     * What the text alone decides (a banned or suspect word, too many links), or null when the text passes: the part of
     * the judgement that needs neither the article nor the database, made before a post waits for its batch.
     */
    Verdict judgeText(String authorName, String body) {
        String text = " " + words(authorName + " " + body) + " ";
        String bannedWord = firstContained(text, banned);
        if (bannedWord != null) {
            return new Verdict(Comment.REJECTED, "banned word: " + bannedWord);
        }
        String suspectWord = firstContained(text, suspect);
        if (suspectWord != null) {
            return new Verdict(Comment.PENDING, "suspect word: " + suspectWord);
        }
        int links = countLinks(body);
        if (links > maxLinks) {
            return new Verdict(Comment.PENDING, links + " links (at most " + maxLinks + " pass unreviewed)");
        }
        return null;
    }

    /** The whole judgement, given what the text decided ({@link #judgeText}). */
    static Verdict judge(CommentMode mode, Verdict ofText, boolean duplicate) {
        if (ofText != null) {
            return ofText;
        }
        if (duplicate) {
            return new Verdict(Comment.PENDING, "duplicate of the same author's recent comment");
        }
        if (mode == CommentMode.PREMODERATED) {
            return new Verdict(Comment.PENDING, "article is premoderated");
        }
        return new Verdict(Comment.APPROVED, null);
    }

    static int countLinks(String body) {
        Matcher matcher = LINK.matcher(body);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Folded words separated by single spaces: « Connard ! » becomes "connard". */
    static String words(String text) {
        return Arrays.stream(Typography.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String firstContained(String paddedText, Set<String> entries) {
        for (String entry : entries) {
            if (paddedText.contains(" " + entry + " ")) {
                return entry;
            }
        }
        return null;
    }

    private static Set<String> fold(Set<String> entries) {
        return entries.stream()
                .map(ModerationRules::words)
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
