package io.kiosque.text;

import java.util.List;
import java.util.Set;

/**
 * Rules that name the speaker of a quotation, tried in this order:
 * <ol>
 *   <li>a reporting clause after the closing mark, with inversion: {@code », a déclaré X}, {@code », estime X},
 *       {@code », a-t-il ajouté}, {@code », selon X};</li>
 *   <li>a {@code Selon X,} / {@code D’après X,} / {@code Pour X,} opener at the start of the sentence;</li>
 *   <li>a reporting verb just before the quote, its subject being the speaker: {@code X a déclaré : «},
 *       {@code X estime que «}, {@code X dénonce une grève «}, {@code qui rappelle que «} (the person just named),
 *       {@code comme le disait X, «};</li>
 *   <li>a colon before the quote: the first person named in the sentence ({@code X, le maire, a lancé : «}).</li>
 * </ol>
 * Pronouns (il, elle, lui) point back to the latest person or role named before the quote. First-person
 * pronouns are never speakers.
 */
final class Attribution {

    private static final Set<String> AUXILIARIES = Set.of("a", "avait", "aurait", "ont", "avaient", "auraient", "est", "s'est", "se", "s",
            "ne", "n", "n'a", "n'avait", "pas", "plus", "jamais", "y", "en", "lui", "leur", "toutefois", "egalement", "aussi", "encore",
            "deja", "d'ailleurs", "pourtant", "cependant", "meme", "bien", "has", "had");

    private static final Set<String> CLAUSE_MARKERS = Set.of("que", "qu", "qui", "et", "mais", "puis", "lorsque", "quand", "car", "dont", "ou");

    /** Words that end the phrase naming a speaker after the verb (« a déclaré X lors d’un point presse »). */
    private static final Set<String> PHRASE_STOPS = Set.of("lors", "dans", "devant", "depuis", "pendant", "apres", "avant", "sur", "sous",
            "avec", "sans", "par", "pour", "en", "a", "aux", "qui", "que", "dont", "ou", "encore", "toujours", "deja", "hier",
            "aujourd'hui", "ce", "cette", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "at", "in", "on",
            "during", "after", "before", "with", "to", "from", "who", "when");

    private static final Set<String> OPENERS = Set.of("selon", "apres", "pour");

    /** How far before a quote a reporting verb may stand and still introduce it. */
    private static final int MAX_WORDS_AFTER_VERB = 4;
    private static final int MAX_WORDS_AFTER_QUE = 9;
    private static final int MAX_ROLE_WORDS = 8;

    private final String text;
    private final int block;
    private final Mentions mentions;

    Attribution(String text, int block, Mentions mentions) {
        this.text = text;
        this.block = block;
        this.mentions = mentions;
    }

    /** The speaker of the quote between these marks, or null; {@code lowerBound} is where an enclosing quote's text starts. */
    String speaker(int open, int close, int lowerBound) {
        String speaker = after(open, close);
        return speaker != null ? speaker : before(open, lowerBound);
    }

    /** {@code «…», a déclaré X}, {@code «…», a-t-il ajouté}, {@code «…», selon X}. */
    private String after(int open, int close) {
        int i = close + 1;
        while (i < text.length() && Typography.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || ",–—".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        List<Words.Word> words = Words.of(text, i + 1, sentenceEnd(i + 1));
        int w = 0;
        String pronoun = null;
        if (w < words.size() && isAuxiliary(words.get(w))) {
            pronoun = invertedPronoun(words.get(w).bare());
            w++;
        }
        if (w < words.size() && words.get(w).bare().equals("se")) {
            w++;
        }
        if (w >= words.size()) {
            return null;
        }
        Words.Word verb = words.get(w);
        String bareVerb = verb.bare();
        String suffix = invertedPronoun(bareVerb);
        if (suffix != null) {
            pronoun = suffix;
            bareVerb = bareVerb.substring(0, bareVerb.indexOf('-'));
        }
        if (bareVerb.equals("selon") || (bareVerb.equals("apres") && verb.elision().equals("d'"))) {
            return role(phraseAfter(verb.end()));
        }
        if (!ReportingVerbs.isForm(bareVerb)) {
            return null;
        }
        if (pronoun != null) {
            return resolve(pronoun, open);
        }
        return role(phraseAfter(verb.end()));
    }

    /** Openers, a reporting verb before the quote, or a colon. */
    private String before(int open, int lowerBound) {
        int sentence = sentenceStart(open, lowerBound);
        List<Words.Word> words = Words.of(text, sentence, open);
        if (words.isEmpty()) {
            return null;
        }
        String opened = opener(words, open);
        if (opened != null) {
            return opened;
        }
        boolean colon = text.substring(sentence, open).strip().endsWith(":");
        for (int v = words.size() - 1; v >= 0; v--) {
            if (!isVerb(words, v)) {
                continue;
            }
            int between = words.size() - 1 - v;
            boolean que = v + 1 < words.size() && Set.of("que", "qu").contains(elided(words.get(v + 1)));
            if (!colon && between > MAX_WORDS_AFTER_VERB && !(que && between <= MAX_WORDS_AFTER_QUE)) {
                break;
            }
            if (v >= 2 && words.get(v - 2).bare().equals("comme") && Set.of("le", "l").contains(words.get(v - 1).bare())) {
                return role(phraseAfter(words.get(v).end()));
            }
            return subject(sentence, words.get(v).start(), open);
        }
        if (colon) {
            String name = PersonNames.first(text.substring(sentence, open));
            if (name != null) {
                return name;
            }
            String first = words.get(0).bare();
            return Words.SUBJECT_PRONOUNS.contains(first) ? resolve(first, open) : null;
        }
        return null;
    }

    /** {@code Selon X, «}, {@code D’après X, «}, {@code Pour X, «} at the start of the sentence. */
    private String opener(List<Words.Word> words, int open) {
        Words.Word first = words.get(0);
        boolean dapres = first.bare().equals("apres") && first.elision().equals("d'");
        if (!OPENERS.contains(first.bare()) || (first.bare().equals("apres") && !dapres)) {
            return null;
        }
        int comma = text.indexOf(',', first.end());
        if (comma < 0 || comma > open) {
            return null;
        }
        String phrase = text.substring(first.end(), comma).strip();
        if (Words.SUBJECT_PRONOUNS.contains(Typography.fold(phrase))) {
            return resolve(Typography.fold(phrase), open);
        }
        if (first.bare().equals("pour") && PersonNames.first(phrase) == null) {
            return null; // « Pour l’instant, » is not a source; « Pour la biologiste Claire Dumas, » is
        }
        return role(phrase);
    }

    /**
     * The subject of the verb at {@code verbStart}: the text before it back to a clause boundary, without
     * auxiliaries; an apposition gives the name (« Son président, Arnaud Rousseau, juge que »).
     */
    private String subject(int sentence, int verbStart, int open) {
        List<Words.Word> words = Words.of(text, sentence, verbStart);
        int end = words.size();
        while (end > 0 && isAuxiliary(words.get(end - 1))) {
            end--;
        }
        int begin = 0;
        String marker = null;
        for (int k = end - 1; k >= 0; k--) {
            Words.Word w = words.get(k);
            String elision = w.elision();
            if (elision.equals("qu'") && !w.bare().isEmpty()) {
                begin = k;
                marker = "que";
                words = replaceWithBare(words, k);
                break;
            }
            if (CLAUSE_MARKERS.contains(w.bare()) || hasClauseBreak(w, k == end - 1 ? verbStart : words.get(k + 1).start())) {
                begin = k + 1;
                marker = CLAUSE_MARKERS.contains(w.bare()) ? w.bare() : ":";
                break;
            }
        }
        if (begin >= end) {
            if ("qui".equals(marker)) {
                return subject(sentence, words.get(begin - 1).start(), open);
            }
            return "et".equals(marker) ? mentions.latestBefore(block, open) : null;
        }
        String phrase = text.substring(words.get(begin).start(), words.get(end - 1).end());
        String single = Typography.fold(phrase);
        if (Words.SUBJECT_PRONOUNS.contains(single)) {
            return resolve(single, open);
        }
        return fromAppositions(phrase);
    }

    /** « Le PDG de la SNCF, Jean-Pierre Farandou, » gives the name; « Les plaisanciers, eux, » gives the role. */
    private String fromAppositions(String phrase) {
        String chosen = null;
        for (String part : phrase.split(",")) {
            String p = part.strip();
            if (p.isEmpty() || Words.SUBJECT_PRONOUNS.contains(Typography.fold(p))) {
                continue;
            }
            String name = PersonNames.first(p);
            if (name != null) {
                return name;
            }
            chosen = p;
        }
        return chosen == null ? null : role(chosen);
    }

    /** The phrase naming the speaker after a verb, up to punctuation or a word that starts a complement. */
    private String phraseAfter(int from) {
        int cut = from;
        while (cut < text.length() && ",;.:!?()«»“”\"".indexOf(text.charAt(cut)) < 0) {
            cut++;
        }
        List<Words.Word> words = Words.of(text, from, cut);
        int end = 0;
        while (end < words.size() && !stops(words, end)) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        String phrase = text.substring(words.get(0).start(), words.get(end - 1).end());
        if (PersonNames.first(phrase) == null && cut < text.length() && text.charAt(cut) == ',') {
            int next = cut + 1;
            while (next < text.length() && ",;.:!?()«»“”\"".indexOf(text.charAt(next)) < 0) {
                next++;
            }
            String apposition = text.substring(cut + 1, next).strip();
            String name = PersonNames.first(apposition);
            if (name != null && name.equals(apposition)) {
                return name;
            }
        }
        return phrase;
    }

    private static boolean stops(List<Words.Word> words, int k) {
        Words.Word w = words.get(k);
        if (k == 0 || w.isCapitalised()) {
            return false;
        }
        if (w.bare().equals("au")) {
            return k + 1 >= words.size() || !words.get(k + 1).isCapitalised();
        }
        return PHRASE_STOPS.contains(w.bare()) || PHRASE_STOPS.contains(Typography.fold(w.raw()));
    }

    /** A person's name inside the phrase, else the role as written (determiner in lower case), else null. */
    private static String role(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String name = PersonNames.first(phrase);
        if (name != null) {
            return name;
        }
        List<Words.Word> words = Words.of(phrase, 0, phrase.length());
        if (words.isEmpty() || words.size() > MAX_ROLE_WORDS || Words.FIRST_PERSON.contains(words.get(0).bare())
                || Words.SUBJECT_PRONOUNS.contains(words.get(0).bare())) {
            return null;
        }
        String text = phrase.substring(words.get(0).start(), words.get(words.size() - 1).end());
        Words.Word first = words.get(0);
        boolean determiner = Words.DETERMINERS.contains(first.bare()) || Words.DETERMINERS.contains(first.elision().replace("'", ""));
        return determiner ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private String resolve(String pronoun, int open) {
        return Words.FIRST_PERSON.contains(pronoun) ? null : mentions.latestBefore(block, open);
    }

    private boolean isVerb(List<Words.Word> words, int v) {
        Words.Word w = words.get(v);
        if (!ReportingVerbs.isForm(w.bare()) || w.isCapitalised()) {
            return false;
        }
        boolean afterDeterminer = v > 0 && Words.DETERMINERS.contains(words.get(v - 1).bare())
                && !(v >= 2 && words.get(v - 2).bare().equals("comme"));
        return !afterDeterminer;
    }

    private static boolean isAuxiliary(Words.Word w) {
        String bare = w.bare();
        int dash = bare.indexOf("-t-");
        return AUXILIARIES.contains(bare) || AUXILIARIES.contains(Typography.fold(w.raw())) || (dash > 0 && AUXILIARIES.contains(bare.substring(0, dash)));
    }

    /** The pronoun of an inverted form: "a-t-il" gives "il", "raconte-t-elle" gives "elle", "estime-t-on" gives "on". */
    private static String invertedPronoun(String bare) {
        for (String pronoun : List.of("il", "elle", "ils", "elles", "on")) {
            if (bare.endsWith("-t-" + pronoun) || bare.endsWith("-" + pronoun)) {
                return pronoun;
            }
        }
        return null;
    }

    private static String elided(Words.Word w) {
        String elision = w.elision();
        return elision.isEmpty() ? w.bare() : elision.replace("'", "");
    }

    /** A colon or semicolon between two words ends a clause. */
    private boolean hasClauseBreak(Words.Word w, int nextStart) {
        for (int k = w.end(); k < nextStart && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** Treats « qu’il » as the pronoun « il » after a clause boundary. */
    private static List<Words.Word> replaceWithBare(List<Words.Word> words, int k) {
        Words.Word w = words.get(k);
        String raw = w.raw();
        int apostrophe = Math.max(raw.indexOf('’'), raw.indexOf('\''));
        Words.Word pronoun = new Words.Word(raw.substring(apostrophe + 1), w.bare(), w.start() + apostrophe + 1, w.end());
        List<Words.Word> copy = new java.util.ArrayList<>(words);
        copy.set(k, pronoun);
        return copy;
    }

    /** Where the sentence holding this position starts: after the last . ! ? or … followed by a space, or the lower bound. */
    private int sentenceStart(int position, int lowerBound) {
        for (int i = position - 1; i > lowerBound; i--) {
            char c = text.charAt(i);
            if (".!?…".indexOf(c) >= 0 && i + 1 < position) {
                int j = i + 1;
                while (j < position && "»”\"".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < position && Typography.isSpace(text.charAt(j))) {
                    while (j < position && (Typography.isSpace(text.charAt(j)) || "»”\"".indexOf(text.charAt(j)) >= 0)) {
                        j++;
                    }
                    return j;
                }
            }
        }
        return lowerBound;
    }

    private int sentenceEnd(int from) {
        for (int i = from; i < text.length(); i++) {
            if (".;!?«“".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
