package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the quotations of an article, in its title and every block, and who said them. Detection is in
 * {@link QuoteMarks}, attribution rules in {@link Attribution}; this class walks the article in reading order
 * so that pronouns can point back to people named earlier, then:
 * <ul>
 *   <li>expands a bare surname to the full name the article gives (« Poutine » → « Vladimir Poutine »);</li>
 *   <li>gives a title quote the speaker of the body quote that repeats it;</li>
 *   <li>calls a quote speech when someone is named as saying it or when it is five words or more, else a term.</li>
 * </ul>
 */
public final class QuoteFinder {

    /** Below this many words, an unattributed quote is a term (« invincible »), not someone's words. */
    static final int MIN_SPEECH_WORDS = 5;

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "we", "our", "with", "has", "have", "to",
            "in", "it", "this", "that", "will", "be", "not", "for", "you", "they", "was", "were", "world", "one", "most");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "de", "des", "du", "et", "est", "que", "qui", "nous", "pas",
            "une", "un", "pour", "dans", "sur", "il", "elle", "ce", "en", "au", "aux", "ne", "sont", "avec", "plus");

    private QuoteFinder() {
    }

    /**
     * @param title    the article's title
     * @param blocks   the text of each block in order; null for an ad slot
     * @param language the article's language, the guess when a quote gives no clue
     */
    public static List<FoundQuote> find(String title, List<String> blocks, String language) {
        Mentions mentions = new Mentions();
        List<FoundQuote> quotes = new ArrayList<>();
        quotes.addAll(findInBlock(-1, title, mentions, 0, language));
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) != null) {
                quotes.addAll(findInBlock(b, blocks.get(b), mentions, quotes.size(), language));
            }
        }
        return finish(quotes, mentions);
    }

    private static List<FoundQuote> findInBlock(int block, String text, Mentions mentions, int offset, String language) {
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        for (PersonNames.Name name : PersonNames.in(text, 0, text.length())) {
            if (spans.stream().noneMatch(s -> s.open() < name.start() && name.end() <= s.close())) {
                mentions.add(block, name.start(), name.text());
            }
        }
        Attribution attribution = new Attribution(text, block, mentions);
        List<FoundQuote> found = new ArrayList<>(spans.size());
        for (QuoteMarks.Span span : spans) {
            int lowerBound = span.parent() < 0 ? 0 : spans.get(span.parent()).start();
            String speaker = attribution.speaker(span.open(), span.close(), lowerBound);
            if (speaker != null) {
                mentions.addSpeaker(block, span.open(), speaker);
            }
            String quoted = text.substring(span.start(), span.end());
            found.add(new FoundQuote(block, span.start(), span.end(), quoted, span.parent() < 0 ? -1 : offset + span.parent(),
                    speaker, null, guessLanguage(quoted, language)));
        }
        return found;
    }

    /** Article-wide finishing touches: full names, title speakers, kinds. */
    private static List<FoundQuote> finish(List<FoundQuote> quotes, Mentions mentions) {
        List<FoundQuote> finished = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            String speaker = q.speaker();
            if (speaker != null && !speaker.contains(" ") && Character.isUpperCase(speaker.charAt(0))) {
                speaker = mentions.fullName(speaker);
            }
            if (speaker == null && q.inTitle() && q.parent() < 0) {
                speaker = repeatedInBody(q, quotes);
            }
            QuoteKind kind = speaker != null || Typography.countWords(q.text()) >= MIN_SPEECH_WORDS ? QuoteKind.SPEECH : QuoteKind.TERM;
            finished.add(new FoundQuote(q.block(), q.start(), q.end(), q.text(), q.parent(), speaker, kind, q.language()));
        }
        return finished;
    }

    private static String repeatedInBody(FoundQuote titleQuote, List<FoundQuote> quotes) {
        String folded = Typography.fold(titleQuote.text());
        return quotes.stream()
                .filter(q -> !q.inTitle() && q.speaker() != null && Typography.fold(q.text()).contains(folded))
                .map(FoundQuote::speaker).findFirst().orElse(null);
    }

    /** English when English function words outnumber French ones, else the article's language. */
    static String guessLanguage(String quoted, String fallback) {
        int english = 0;
        int french = 0;
        for (String word : Typography.fold(quoted).split("[^\\p{L}']+")) {
            english += ENGLISH.contains(word) ? 1 : 0;
            french += FRENCH.contains(word) ? 1 : 0;
        }
        if (english > french) {
            return "en";
        }
        return french > english ? "fr" : fallback;
    }
}
