package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes articles in the newsroom's plain-text conventions.
 *
 * <ul>
 *   <li>The first non-empty line is the title; blocks follow, separated by one or more blank lines.</li>
 *   <li>Line breaks inside a block join with a single space; CRLF, CR, LF and a leading BOM are accepted.</li>
 *   <li>A block that is exactly {@code Publicité} (any case), or another ad line such as {@code Annonce}, marks an ad slot.</li>
 *   <li>A call to action such as {@code Laisser un commentaire} at the very end is not content.</li>
 *   <li>A short block that does not end like a sentence and has content after it is a heading.</li>
 *   <li>Everything else is a paragraph; the first paragraph is the lead.</li>
 * </ul>
 * Text is kept as written (NFC): no-break spaces, typographic apostrophes and dashes survive.
 */
public final class ArticleText {

    /** Longer than any subheading seen in French news copy, shorter than a real paragraph. */
    static final int MAX_HEADING_LENGTH = 120;

    static final String AD_MARKER = "Publicité";

    /** Folded forms of the calls to action that close newsroom copy. */
    /** « Connectez-vous à votre compte franceinfo pour participer à la conversation. »: the site speaking, not the article. */
    private static final java.util.regex.Pattern SITE_PROMPT = java.util.regex.Pattern.compile(
            "^(connectez-vous|abonnez-vous|inscrivez-vous|identifiez-vous|creez un compte|creez votre compte|telechargez l'application"
                    + "|suivez-nous|retrouvez-nous|s'abonner|se connecter)\\b");

    private static final int MAX_CALL_TO_ACTION_LENGTH = 160;
    private static final Set<String> CALLS_TO_ACTION = Set.of(
            "laisser un commentaire",
            "laissez un commentaire",
            "ajouter un commentaire",
            "reagir",
            "reagissez",
            "commenter",
            "leave a comment",
            "reagir a cet article",
            "voir les commentaires",
            "commentaires",
            "lire et commenter",
            "partager",
            "partager cet article",
            "partager sur facebook",
            "ecrire un commentaire");

    /** Characters that end a sentence, or a block that cannot be a heading. */
    private static final String SENTENCE_ENDINGS = ".!?…:»”\"";

    private ArticleText() {}

    /**
     * Parses newsroom text.
     *
     * @throws ArticleTextException when there is no title, or a title with no content after it
     */
    public static ParsedArticle parse(String raw) {
        List<String> chunks = chunks(Typography.clean(raw));
        if (chunks.isEmpty()) {
            throw new ArticleTextException(
                    ArticleTextException.Reason.EMPTY, "the text is empty: the first non-empty line must be the title");
        }
        String title = chunks.get(0);
        List<String> body = new ArrayList<>(chunks.subList(1, chunks.size()));
        while (!body.isEmpty() && isCallToAction(body.get(body.size() - 1))) {
            body.remove(body.size() - 1);
        }
        List<ParsedBlock> blocks = new ArrayList<>(body.size());
        boolean leadTaken = false;
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i);
            ParsedBlock block;
            if (isAdMarker(text)) {
                block = ParsedBlock.ad();
            } else if (looksLikeHeading(text) && hasContentAfter(body, i)) {
                block = ParsedBlock.heading(text);
            } else {
                block = ParsedBlock.paragraph(text);
                if (!leadTaken) {
                    block = block.asLead();
                    leadTaken = true;
                }
            }
            blocks.add(block);
        }
        ParsedArticle article = new ParsedArticle(title, blocks);
        if (article.hasNoBody()) {
            throw new ArticleTextException(
                    ArticleTextException.Reason.NO_BODY,
                    "the text has a title ('" + title + "') but no paragraph after it");
        }
        return article;
    }

    /** Writes an article in the same conventions, so that {@link #parse} gives back the same blocks. */
    public static String export(String title, List<ParsedBlock> blocks) {
        StringBuilder out = new StringBuilder(title.length() + blocks.size() * 400);
        out.append(title).append('\n');
        for (ParsedBlock block : blocks) {
            out.append('\n')
                    .append(block.type() == BlockType.AD ? AD_MARKER : block.text())
                    .append('\n');
        }
        return out.toString();
    }

    public static boolean isAdMarker(String text) {
        if (text.length() > MAX_AD_LINE_LENGTH) {
            return false; // a paragraph: not worth folding to find out
        }
        String folded = Typography.fold(Typography.trim(text));
        return AD_SLOTS.contains(folded) || folded.startsWith("votre publicite ici");
    }

    /** Longer than any ad line (« Votre publicité ici avec IMPACT_medias »), with room for spaces around it. */
    private static final int MAX_AD_LINE_LENGTH = 80;

    /** Folded forms of the lines that stand for an ad slot in copied pages. */
    private static final Set<String> AD_SLOTS = Set.of(
            "publicite", "pub", "annonce", "advertisement", "sponsorise", "contenu sponsorise", "contenu partenaire");

    static boolean isCallToAction(String text) {
        String folded = Typography.fold(Typography.trim(text));
        while (!folded.isEmpty() && ".!…".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
            folded = Typography.trim(folded.substring(0, folded.length() - 1));
        }
        return CALLS_TO_ACTION.contains(folded)
                || folded.length() <= MAX_CALL_TO_ACTION_LENGTH
                        && SITE_PROMPT.matcher(folded).find();
    }

    /**
     * A heading is short, holds one sentence, and does not end like a sentence, except a question
     * (« Que va-t-il se passer maintenant ? ») or a quotation with no final stop inside its marks
     * (« « Nous ne lâcherons rien » »); whether it is followed by content is checked apart.
     */
    public static boolean looksLikeHeading(String text) {
        String trimmed = Typography.trim(text);
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_HEADING_LENGTH
                || isAdMarker(trimmed)
                || SENTENCE_BREAK.matcher(trimmed).find()
                || "—–-".indexOf(trimmed.charAt(0)) >= 0) { // a dash opens a line of dialogue
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (last == '?' || (CLOSING_MARKS.indexOf(last) >= 0 && trimmed.length() > 1)) {
            String inside = Typography.trim(trimmed.substring(0, trimmed.length() - 1));
            char beforeMark = inside.isEmpty() ? '.' : inside.charAt(inside.length() - 1);
            return last == '?' || ".,;:".indexOf(beforeMark) < 0; // « Nous ne lâcherons rien ! » is one too
        }
        return SENTENCE_ENDINGS.indexOf(last) < 0;
    }

    private static final String CLOSING_MARKS = "»”\"";
    /** A stop followed by a capital: two sentences, so a paragraph. */
    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("[.!…] +\\p{Lu}");

    private static boolean hasContentAfter(List<String> body, int index) {
        for (int i = index + 1; i < body.size(); i++) {
            if (!isAdMarker(body.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Splits into non-blank chunks: the title line first, then blank-line-separated blocks with their lines joined. */
    private static List<String> chunks(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean titleFound = false;
        for (String line : lines) {
            String trimmed = Typography.trim(line);
            if (trimmed.isEmpty() || !titleFound) {
                if (current.length() > 0) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                if (!trimmed.isEmpty()) {
                    chunks.add(trimmed);
                    titleFound = true;
                }
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(trimmed);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }
}
