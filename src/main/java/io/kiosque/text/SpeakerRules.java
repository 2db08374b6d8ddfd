package io.kiosque.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that find the words naming a quote's speaker in one block, tried in this order, each named by an
 * {@link Attribution}: an incise inside the marks, a reporting clause after the closing mark, {@code selon X}
 * before it, a reporting verb before it, then a colon after any clause (its subject speaks). What they find is a
 * {@link Clue}: a name, a role or a pronoun with its place; {@link QuoteFinder} resolves it to a person.
 *
 * <p>Sentences come from OpenNLP's French model run on a copy of the block where the inside of each quote is
 * masked, so that a sentence never ends inside a quotation; parts of speech are asked for only where a rule
 * needs a subject it cannot read from the lexicon. Every rule looks at a bounded window around its quote, so a
 * block of any length is read in linear time.
 */
final class SpeakerRules {

    enum ClueKind {
        NAME,
        ROLE,
        PRONOUN
    }

    /** Words that name (or stand for) a speaker, where they are in the block, and the rule that found them. */
    record Clue(Attribution rule, ClueKind kind, String phrase, int start, int end) {}

    /** « », a rapporté Afrique Sur 7 »: verbs by which a medium passes on someone else's words. */
    private static final Set<String> CITING = Set.of("rapporte", "relate", "publie", "cite", "repris", "relaye");

    /** Pronouns for whom the words were said, before a reporting verb: « nous confie », « leur explique ». */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("nous", "vous", "me", "m", "leur", "te", "t");

    /** The auxiliaries of a compound past: « a exulté », « s’est félicité ». */
    private static final Set<String> HAVE_OR_BE = Set.of("a", "ont", "avait", "avaient", "aurait", "est");

    private static final Set<String> AUXILIARIES = Set.of(
            "a",
            "avait",
            "aurait",
            "ont",
            "avaient",
            "auraient",
            "est",
            "s'est",
            "se",
            "s",
            "ne",
            "n",
            "n'a",
            "n'avait",
            "pas",
            "plus",
            "jamais",
            "y",
            "en",
            "lui",
            "leur",
            "toutefois",
            "egalement",
            "aussi",
            "encore",
            "deja",
            "d'ailleurs",
            "pourtant",
            "cependant",
            "meme",
            "bien",
            "alors",
            "ainsi",
            "has",
            "had");
    private static final Set<String> CLAUSE_MARKERS =
            Set.of("que", "qu", "qui", "et", "mais", "puis", "lorsque", "quand", "car", "dont", "ou", "si");
    /** Elided conjunctions before a subject pronoun: « qu’il », « s’il », « lorsqu’elle ». */
    private static final Set<String> ELIDED_CONJUNCTIONS = Set.of("qu'", "s'", "lorsqu'", "puisqu'", "quoiqu'");
    /** Words that end the phrase naming a speaker after the verb (« a déclaré X lors d’un point presse »). */
    private static final Set<String> PHRASE_STOPS = Set.of(
            "lors",
            "dans",
            "devant",
            "depuis",
            "pendant",
            "apres",
            "avant",
            "sur",
            "sous",
            "avec",
            "sans",
            "par",
            "pour",
            "a",
            "aux",
            "qui",
            "que",
            "dont",
            "ou",
            "encore",
            "toujours",
            "deja",
            "hier",
            "aupres",
            "aujourd'hui",
            "ce",
            "cette",
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "at",
            "in",
            "on",
            "during",
            "after",
            "before",
            "with",
            "to",
            "from",
            "who",
            "when",
            "et",
            "mais",
            "non",
            "en");
    /** Parts of speech that a speaker's noun phrase never spans: « ce à quoi | le président », « assurant avoir ». */
    private static final Set<String> PHRASE_BREAKING_TAGS = Set.of("PRON", "AUX", "SCONJ", "CCONJ", "ADV", "PUNCT");

    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> TIME_WORDS = Set.of(
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre",
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "heures",
            "heure",
            "matin",
            "soir",
            "midi",
            "semaine",
            "annee",
            "mois",
            "jour");
    private static final int MAX_SO_CALLED_WORDS = 3;
    /** How far into its sentence {@link #sentenceSubject} looks for the main verb. */
    private static final int MAX_WORDS_TO_MAIN_VERB = 20;
    /** Below this many words, a quote after words that name nobody is a term, not more of someone's words. */
    private static final int MIN_LEAD_IN_WORDS = 3;
    /** Earlier quotes looked at for one that ends the sentence, at most: a block of many quotes stays linear. */
    private static final int MAX_SAME_SENTENCE_QUOTES = 4;
    /** A headline's signature after a dash (« – un rescapé du séisme »), at most this long. */
    private static final int MAX_SIGNATURE_LENGTH = 80;
    /** How far into the sentence before a quote its reporting verb may come, for {@link #reporterOfSentenceBefore}. */
    private static final int MAX_WORDS_BEFORE_REPORTING_VERB = 8;
    /** Words after which a quote is a word named, not someone's words: « le terme « siège » », « baptisé « Phénix » ». */
    private static final Set<String> NAMING_A_WORD = Set.of(
            "terme",
            "termes",
            "mot",
            "mots",
            "expression",
            "formule",
            "slogan",
            "baptise",
            "baptisee",
            "surnomme",
            "surnommee",
            "appele",
            "appelee",
            "intitule",
            "intitulee",
            "titre",
            "hashtag",
            "label");
    /** Adverbials between a reporting verb and its subject: « poursuit de son côté un autre manifestant ». */
    private static final java.util.regex.Pattern ADVERBIAL = java.util.regex.Pattern.compile(
            "^\\s*(de (son|leur) cote|pour (sa|leur) part|a (son|leur) tour|quant a (lui|elle|eux)|(lui|elle|eux) aussi|encore"
                    + "|aussi|alors|ensuite|egalement|hier|ce (matin|midi|soir)"
                    + "|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)( (matin|midi|soir|apres-midi))?)\\b,?");
    /** How far into the sentence after a quote its speaker's name may come (« Soulagé, Didier Eche, … »). */
    private static final int NEXT_SENTENCE_NAME_WITHIN = 40;
    /** Words in -ant that are no present participle of the speaker's. */
    private static final Set<String> NOT_PARTICIPLES = Set.of(
            "pendant",
            "cependant",
            "maintenant",
            "durant",
            "devant",
            "auparavant",
            "avant",
            "suivant",
            "concernant",
            "notamment",
            "restaurant",
            "habitant",
            "enfant",
            "enfants",
            "etudiant",
            "president",
            "gouvernant",
            "manifestant",
            "commercant",
            "representant",
            "militant",
            "soignant",
            "important",
            "courant",
            "pourtant",
            "tant",
            "autant",
            "montant",
            "instant",
            "constant",
            "puissant",
            "suffisant",
            "vivant",
            "mediant");

    private static final Set<String> OPENERS = Set.of("selon", "apres", "pour");
    private static final String PHRASE_END = ",;.:!?()«»“”\"…";
    /** How far before a quote a reporting verb may stand and still introduce it. */
    private static final int MAX_WORDS_AFTER_VERB = 4;

    /** Words of charges and proceedings: what follows them in quotes is a legal qualification. */
    private static final Set<String> CHARGES = Set.of(
            "condamne",
            "condamnee",
            "condamnes",
            "poursuivi",
            "poursuivie",
            "poursuivis",
            "enquete",
            "plainte",
            "examen",
            "inculpe",
            "inculpee",
            "accuse",
            "accusee",
            "soupconne",
            "soupconnee",
            "juge",
            "jugee",
            "juges",
            "interpelle",
            "interpellee",
            "arrete",
            "arretee",
            "vise",
            "visee",
            "chef",
            "chefs",
            "information",
            "proces",
            "mis",
            "mise",
            "detention",
            "garde");

    private static final Set<String> SOME_OF = Set.of(
            "un", "une", "chacun", "chacune", "certains", "certaines", "plusieurs", "beaucoup", "aucun", "aucune");
    /** A block heading an answer with its speaker's name and what they are, at most this long. */
    private static final int MAX_SPEAKER_LINE = 140;
    /** « , déterminé, », « , très émue, »: an aside between a reporting verb and its subject, at most. */
    private static final int MAX_ASIDE_WORDS = 3;

    private static final int MAX_ASIDE_LENGTH = 40;
    /** « le commissaire », « la juge d’instruction »: the words of a title before a name in apposition, at most. */
    private static final int MAX_TITLE_WORDS = 4;

    private static final int MAX_WORDS_AFTER_QUE = 25;
    private static final int MAX_ROLE_WORDS = 10;
    /** Characters of a block per word the tagger may read: about as many words as the block has. */
    private static final int CHARACTERS_PER_TAGGED_WORD = 6;

    private static final int MIN_TAGGING_BUDGET = 2_000;
    /** No rule looks further than this from its quote: it keeps the work per quote bounded. */
    private static final int WINDOW = 400;

    private final String text;
    /** The block with the inside of every outermost quote replaced by one word of 'x': offsets are the text's. */
    private final String masked;

    private final List<QuoteMarks.Span> spans;
    private final int[] sentenceStarts;
    /**
     * Words the tagger may still read for this block: about as many as the block's own, so that quotes packed into
     * one sentence cannot make tagging quadratic. Real copy stays far below it; past it, rules that need parts of speech
     * find nothing (no speaker rather than a guess).
     */
    private int taggingBudget;

    SpeakerRules(String text, List<QuoteMarks.Span> spans) {
        this.text = text;
        this.spans = spans;
        StringBuilder mask = new StringBuilder(text);
        for (QuoteMarks.Span span : spans) {
            if (span.parent() < 0) {
                int last = span.end() - 1;
                boolean endsSentence = ".!?…".indexOf(text.charAt(last)) >= 0;
                for (int i = span.open() + 1; i < span.close(); i++) {
                    mask.setCharAt(i, 'x');
                }
                if (endsSentence) {
                    mask.setCharAt(last, text.charAt(last));
                }
            }
        }
        this.masked = mask.toString();
        this.taggingBudget = text.length() / CHARACTERS_PER_TAGGED_WORD + MIN_TAGGING_BUDGET;
        var sentences = FrenchModels.sentences(masked);
        this.sentenceStarts = new int[sentences.length];
        for (int i = 0; i < sentences.length; i++) {
            sentenceStarts[i] = sentences[i].getStart();
        }
    }

    /** The block's words outside quotes, split once: rules take slices of them instead of splitting again. */
    private List<Words.Word> maskedWords;

    /** The words between two offsets: a slice of the block's words for the masked view, else split anew. */
    private List<Words.Word> words(String view, int from, int to) {
        if (view != masked) {
            return Words.of(view, from, to);
        }
        if (maskedWords == null) {
            maskedWords = Words.of(masked, 0, masked.length());
        }
        int first = firstAtOrAfter(from);
        int last = firstAtOrAfter(to);
        if (last > first && maskedWords.get(last - 1).end() > to) {
            last--; // a word cut by the end of the range is not one of its words
        }
        return maskedWords.subList(first, Math.max(first, last));
    }

    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = maskedWords.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (maskedWords.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The clue naming the speaker of this quote, or null when the block does not say. */
    Clue find(int spanIndex) {
        QuoteMarks.Span span = spans.get(spanIndex);
        String view = span.parent() < 0 ? masked : text;
        int lowerBound = span.parent() < 0 ? 0 : spans.get(span.parent()).start();
        int upperBound =
                span.parent() < 0 ? text.length() : spans.get(span.parent()).end();
        Clue clue = incise(span);
        if (clue == null) {
            clue = after(view, span, upperBound);
        }
        if ((clue == null || clue.rule() == Attribution.VERB_AFTER && !reportedAfter(view, span, upperBound))
                && !soCalled(span)) {
            // « Le maire, qui dénonce « une trahison », a saisi la justice »: a reporting verb before the quote beats
            // a verb after it that only looks like an incise
            int sentence = Math.max(lowerBound, Math.max(sentenceStart(span.open()), afterQuotedSentence(spanIndex)));
            Clue introduced = before(view, span.open(), withinWindow(view, span.open(), sentence));
            clue = introduced != null && introduced.rule() == Attribution.VERB_BEFORE || clue == null
                    ? introduced
                    : clue;
        }
        if (clue == null && span.parent() < 0) {
            clue = endOfSentence(span);
        }
        return clue;
    }

    /**
     * {@code « Vous êtes meilleur que le plus coquin des avocats… » Une boutade qui fait bondir X : «}: a quote that ends
     * its own sentence, followed by a capital, ends the sentence too, which the sentence model reading the masked block
     * does not always see. The place after the latest such quote before this one, or 0.
     */
    private int afterQuotedSentence(int spanIndex) {
        for (int k = spanIndex - 1; k >= 0 && spanIndex - k <= MAX_SAME_SENTENCE_QUOTES; k--) {
            QuoteMarks.Span earlier = spans.get(k);
            if (earlier.parent() >= 0) {
                continue;
            }
            int next = earlier.close() + 1;
            while (next < text.length() && Typography.isSpace(text.charAt(next))) {
                next++;
            }
            boolean ended = ".!?…".indexOf(text.charAt(earlier.end() - 1)) >= 0;
            if (ended && next < spans.get(spanIndex).open() && Character.isUpperCase(text.charAt(next))) {
                return next;
            }
        }
        return 0;
    }

    /**
     * Where rules start reading the sentence before a quote: its start, or the first word within {@link #WINDOW} of the
     * quote when the sentence is longer, so that a giant sentence costs each of its quotes no more than a window.
     */
    private static int withinWindow(String view, int open, int sentence) {
        int start = open - WINDOW;
        if (sentence >= start) {
            return sentence;
        }
        while (start < open && !Typography.isSpace(view.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /** {@code Jean-Guy Wallemme (entraîneur de Lens, victoire 2-0) : «}: a name alone, then what it is between parentheses. */
    private static Clue nameWithParenthesis(String view, int sentence, int colon) {
        int end = colon;
        while (end > sentence && Typography.isSpace(view.charAt(end - 1))) {
            end--;
        }
        if (end <= sentence || view.charAt(end - 1) != ')') {
            return null;
        }
        int paren = end - 1;
        while (paren > sentence && view.charAt(paren) != '(') {
            paren--;
        }
        List<PersonNames.Name> names = PersonNames.in(view, sentence, paren);
        if (names.size() != 1
                || !view.substring(sentence, paren).strip().equals(names.get(0).text())) {
            return null;
        }
        PersonNames.Name name = names.get(0);
        return new Clue(Attribution.COLON, ClueKind.NAME, name.text(), name.start(), name.end());
    }

    /**
     * {@code ce type de véhicules dit « fantômes »}: « dit » after a noun, before a term, means so-called, not said;
     * {@code le terme « siège »}, {@code baptisé « Phénix »}: a word named as such is nobody's words.
     */
    private boolean soCalled(QuoteMarks.Span span) {
        if (Typography.countWords(text.substring(span.start(), span.end())) > MAX_SO_CALLED_WORDS) {
            return false;
        }
        List<Words.Word> before = words(masked, Math.max(0, span.open() - 40), span.open());
        if (!before.isEmpty()
                && NAMING_A_WORD.contains(before.get(before.size() - 1).bare())) {
            return true;
        }
        if (before.size() < 2
                || !Set.of("dit", "dite", "dits", "dites")
                        .contains(before.get(before.size() - 1).bare())) {
            return false;
        }
        Words.Word previous = before.get(before.size() - 2);
        return !isAuxiliary(previous)
                && !Words.SUBJECT_PRONOUNS.contains(previous.bare())
                && !Words.FIRST_PERSON.contains(previous.bare())
                && !previous.isCapitalised()
                && !Set.of("qui", "lui", "leur", "on").contains(previous.bare());
    }

    /**
     * {@code L’incident, qui a duré «…», s’est produit le matin, a indiqué X.}: a reporting clause closing the
     * sentence, after its last comma, names the speaker of the quotes before it.
     */
    private Clue endOfSentence(QuoteMarks.Span span) {
        int end = Math.min(text.length(), span.close() + WINDOW);
        int next = nextSentenceStart(span.close());
        if (next >= 0) {
            end = Math.min(end, next);
        }
        while (end > span.close()
                && (Typography.isSpace(masked.charAt(end - 1)) || ".!?…".indexOf(masked.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (lastBetween(':', span.close(), end) >= 0) {
            return null;
        }
        // « …, a indiqué la même source, confirmant une information du quotidien »: the clause may not be the last one
        for (int comma = lastBetween(',', span.close() + 2, end), tried = 0; comma >= 0 && tried < 3; tried++) {
            Clue clue =
                    reportingClause(masked, comma + 1, clauseEnd(masked, comma + 1, end), Attribution.VERB_AFTER, true);
            if (clue != null) {
                return clue;
            }
            comma = lastBetween(',', span.close() + 2, comma);
        }
        return null;
    }

    /** The last position of {@code c} in {@code [from, to)} of the masked block, or -1: never a scan back to the block's start. */
    private int lastBetween(char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (masked.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the first sentence after this position, or -1 when the block ends first. */
    private int nextSentenceStart(int position) {
        int low = 0;
        int high = sentenceStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentenceStarts[mid] <= position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < sentenceStarts.length ? sentenceStarts[low] : -1;
    }

    /**
     * {@code «…». Soulagé, Didier Eche, le maire, sait que}: a quote standing as a sentence of its own, followed by a
     * sentence that names a person within its first words, is that person's. Null otherwise.
     */
    Clue nameOpeningNextSentence(QuoteMarks.Span span) {
        if (sentenceStart(span.open()) != span.open()) {
            return null;
        }
        int next = span.close() + 1;
        while (next < text.length()
                && (Typography.isSpace(text.charAt(next)) || ".!?…".indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        if (next >= text.length() || next == span.close() + 1 || sentenceStart(next) != next) {
            return null;
        }
        int to = Math.min(text.length(), next + NEXT_SENTENCE_NAME_WITHIN);
        List<PersonNames.Name> names = PersonNames.in(masked, next, to);
        if (!names.isEmpty() && words(masked, next, names.get(0).start()).size() <= 2 && !quotesItself(next)) {
            PersonNames.Name name = names.get(0);
            return new Clue(Attribution.VERB_AFTER, ClueKind.NAME, name.text(), name.start(), name.end());
        }
        // « «…» C’est en ces termes que Jean Dupont a réagi »: a sentence pointing back at the words names their
        // speaker
        if (BACK_REFERENCE
                .matcher(Typography.fold(masked.substring(next, Math.min(text.length(), next + 40))))
                .lookingAt()) {
            int end = nextSentenceStart(next);
            List<PersonNames.Name> speaker =
                    PersonNames.in(masked, next, Math.min(end < 0 ? text.length() : end, next + WINDOW));
            if (!speaker.isEmpty()) {
                PersonNames.Name name = speaker.get(0);
                return new Clue(Attribution.VERB_AFTER, ClueKind.NAME, name.text(), name.start(), name.end());
            }
        }
        // « «…» Le moins que l’on puisse dire, c’est que les mots de Desmond Hackett sont élogieux »
        Matcher words = WORDS_OF.matcher(masked).region(next, Math.min(text.length(), next + WINDOW));
        if (words.find() && sentenceStart(words.start()) == next) {
            List<PersonNames.Name> owner =
                    PersonNames.in(masked, words.end(), Math.min(text.length(), words.end() + 60));
            if (!owner.isEmpty() && owner.get(0).start() == words.end()) {
                PersonNames.Name name = owner.get(0);
                return new Clue(Attribution.VERB_AFTER, ClueKind.NAME, name.text(), name.start(), name.end());
            }
        }
        return null;
    }

    /** True when the sentence starting here holds a quote: « Son voisin, Paul Martin, confirme : « … » » speaks there. */
    private boolean quotesItself(int sentence) {
        int end = nextSentenceStart(sentence);
        int low = 0;
        int high = spans.size();
        while (low < high) { // the first quote opening at or after the sentence: spans are in reading order
            int mid = (low + high) >>> 1;
            if (spans.get(mid).open() < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < spans.size() && (end < 0 || spans.get(low).open() < end);
    }

    /** « Du côté de la CGT, on », « Chez les Verts, on »: the group the impersonal « on » speaks for. */
    private Clue sideOf(String view, int sentence, int pronoun, Attribution rule) {
        Matcher side = SIDE.matcher(Typography.fold(view.substring(sentence, pronoun)));
        if (!side.lookingAt()) {
            return null;
        }
        int comma = view.indexOf(',', sentence + side.end());
        return comma < 0 || comma > pronoun ? null : phrase(view, sentence + side.end(), comma, rule);
    }

    /** What opens a sentence whose « on » is a group's voice; the group follows. */
    private static final Pattern SIDE = Pattern.compile(
            "(du cote (de |d'|du |des )|chez |au sein (de |d'|du |des )|dans l'entourage (de |d'|du |des )"
                    + "|a la |au |aux |a l')");

    /** « C’est en ces termes que », « Voilà ce qu’a », « Ainsi s’exprimait »: a sentence about the words just quoted. */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(c'est (en ces termes|ainsi|par ces mots|ce) qu|voila ce qu|ainsi s'exprim|tels sont les (mots|propos)"
                    + "|ce sont les (mots|propos))");

    /** « les mots de », « ces propos du » …: what names whose words the quote before was. */
    private static final Pattern WORDS_OF = Pattern.compile(
            "\\b(?:les|ces|des) (?:mots|propos|paroles|déclarations) (?:de |d'|d’)", Pattern.CASE_INSENSITIVE);

    /**
     * A block that ends with a colon introduces the quote of the next one: the clue of its last sentence. A block
     * that is only a name and what the person is (« Jacques Audiard, lauréat de la Palme d’or », « Thierry Laurey
     * (Strasbourg) »), as reactions and interviews head each answer, gives that name. Null otherwise.
     */
    Clue introducingNextBlock() {
        int colon = Typography.trim(text).length() - 1;
        while (colon > 0 && Typography.isSpace(text.charAt(colon))) {
            colon--;
        }
        if (colon > 0 && text.charAt(colon) == ':') {
            return before(masked, colon + 1, sentenceStart(colon));
        }
        return spans.isEmpty() ? speakerLine() : null;
    }

    /**
     * {@code Marie Durand, ouvrière depuis vingt ans, ne décolère pas.} then a block that is only a quote: the person
     * whose name opens the last sentence of this block, when that sentence quotes nobody. Null otherwise.
     */
    Clue subjectOfLastSentence() {
        int end = Typography.trim(text).length();
        if (end == 0 || ".!".indexOf(text.charAt(end - 1)) < 0) {
            return null;
        }
        int sentence = sentenceStart(end - 1);
        for (QuoteMarks.Span span : spans) {
            if (span.close() >= sentence) {
                return null;
            }
        }
        List<PersonNames.Name> names = PersonNames.in(masked, sentence, Math.min(end, sentence + WINDOW));
        if (names.isEmpty() || words(masked, sentence, names.get(0).start()).size() > 1) {
            return null;
        }
        PersonNames.Name name = names.get(0);
        return new Clue(Attribution.CONTINUATION, ClueKind.NAME, name.text(), name.start(), name.end());
    }

    /** « Jacques Audiard, lauréat de la Palme d’or pour Dheepan »: a short block that opens with a name and says no more. */
    private Clue speakerLine() {
        String line = Typography.trim(text);
        List<PersonNames.Name> names = PersonNames.in(text, 0, Math.min(text.length(), MAX_SPEAKER_LINE));
        if (line.isEmpty()
                || text.length() > MAX_SPEAKER_LINE
                || names.isEmpty()
                || names.get(0).start() > 0
                || ".!?…".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null;
        }
        PersonNames.Name name = names.get(0);
        String rest = Typography.trim(text.substring(name.end()));
        if (!rest.isEmpty() && ",(–—-".indexOf(rest.charAt(0)) < 0) {
            return null; // « Xavier Dolan remporte le prix du jury »: a sentence about the person, not a speaker's line
        }
        return new Clue(Attribution.COLON, ClueKind.NAME, name.text(), name.start(), name.end());
    }

    /**
     * True when the words between two places, outside quotes, go on with the same subject's clause: a present
     * participle (« assurant », « en précisant »), « que » (« a-t-il dit, et que ») or « il » / « elle ».
     */
    boolean speakersClauseBetween(int from, int to) {
        for (Words.Word w : words(masked, from, to)) {
            String bare = w.bare();
            boolean infinitive = bare.endsWith("er") && ReportingVerbs.isForm(bare.substring(0, bare.length() - 1));
            if (Set.of("que", "qu").contains(elided(w))
                    || infinitive // « a souligné Jean Dupont, avant d’ajouter : « … » »
                    || Set.of("il", "elle").contains(bare) // « », dit-elle, même si elle peut encore se « … »
                    || bare.length() > 5 && bare.endsWith("ant") && !NOT_PARTICIPLES.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Après trois mois, cette rentrée devrait permettre de retrouver un cadre de vie : «}, {@code Avant de
     * poursuivre : «}, {@code Pour cela, «}: words before the quote in its sentence that name nobody and either end
     * with a colon or hold no verb, so that the quote goes on with whoever spoke last.
     */
    boolean leadInNamingNobody(QuoteMarks.Span span) {
        int sentence = withinWindow(masked, span.open(), sentenceStart(span.open()));
        if (isShortName(span)
                || Typography.countWords(text.substring(span.start(), span.end())) < MIN_LEAD_IN_WORDS
                || !PersonNames.in(masked, sentence, span.open()).isEmpty()) {
            return false; // « La compagnie ‹ Les Anges du Rhône › », « une amitié « invincible » »: names and terms
        }
        List<Words.Word> words = words(masked, sentence, span.open());
        for (int k = 0; k < words.size(); k++) {
            if (couldBeSomeone(words.get(k)) && (k > 0 || !words.get(k).isCapitalised())) {
                return false;
            }
        }
        if (masked.substring(sentence, span.open()).strip().endsWith(":")) {
            return true;
        }
        for (String tag : tags(words)) {
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Where the sentence holding this position starts, after any closing marks and spaces. */
    int sentenceStart(int position) {
        int low = 0;
        int high = sentenceStarts.length - 1;
        int start = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentenceStarts[mid] <= position) {
                start = sentenceStarts[mid];
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        while (start < position
                && (Typography.isSpace(text.charAt(start)) || "»”\"".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return Math.max(start, position - WINDOW);
    }

    /** {@code « Phrase, confie Prénom Nom. Suite. »}: a reporting verb right after a comma inside the marks. */
    private Clue incise(QuoteMarks.Span span) {
        int limit = Math.min(span.end(), span.start() + 4 * WINDOW);
        for (int comma = span.start(); comma < limit; comma++) {
            if (text.charAt(comma) != ',') {
                continue;
            }
            int to = clauseEnd(text, comma + 1, span.end());
            Clue clue = reportingClause(text, comma + 1, to, Attribution.INCISE, true);
            if (clue != null && to < span.end() || clue != null && clue.kind() != ClueKind.ROLE) {
                return clue;
            }
        }
        return null;
    }

    /** {@code «…», a déclaré X}, {@code «…» raconte X}, {@code «…», a-t-il ajouté}, {@code «…», selon X}. */
    private Clue after(String view, QuoteMarks.Span span, int upperBound) {
        int i = span.close() + 1;
        while (i < upperBound && Typography.isSpace(view.charAt(i))) {
            i++;
        }
        Clue agent = agent(view, i, Math.min(upperBound, i + WINDOW));
        if (agent != null) {
            return agent; // « qualifié de « scandaleux » par Jean Dupont »
        }
        Clue signed = nameOpening(view, i, upperBound, span);
        if (signed != null) {
            return signed;
        }
        boolean mark = i < upperBound && ",–—".indexOf(view.charAt(i)) >= 0;
        int from = mark ? i + 1 : i;
        // « …rentrés." a expliqué Ben O'Connor »: a quote that ends its own sentence cannot be the next verb's subject
        boolean comma = mark || endsSentence(span);
        int to = clauseEnd(view, from, Math.min(upperBound, from + WINDOW));
        Clue clue = reportingClause(view, from, to, Attribution.VERB_AFTER, comma);
        return clue != null ? clue : signature(view, i, upperBound);
    }

    /**
     * {@code « … » (Jean Dupont, délégué CGT)}, and a quote opening a title or a block then {@code : Jean Dupont ne
     * lâche rien}: the name right after the parenthesis or the colon signs the quote.
     */
    private Clue nameOpening(String view, int i, int upperBound, QuoteMarks.Span span) {
        if (i >= upperBound) {
            return null;
        }
        boolean parenthesis = view.charAt(i) == '(';
        boolean opensText = ":–—".indexOf(view.charAt(i)) >= 0 && opensBlock(view, span.open());
        if (!parenthesis && !opensText) {
            return null;
        }
        int from = i + 1;
        while (from < upperBound && Typography.isSpace(view.charAt(from))) {
            from++;
        }
        List<PersonNames.Name> names =
                PersonNames.in(view, from, Math.min(upperBound, from + NEXT_SENTENCE_NAME_WITHIN));
        if (names.isEmpty() || names.get(0).start() != from) {
            return null;
        }
        PersonNames.Name name = names.get(0);
        return new Clue(Attribution.VERB_AFTER, ClueKind.NAME, name.text(), name.start(), name.end());
    }

    private static boolean opensBlock(String view, int open) {
        int before = open;
        while (before > 0 && Typography.isSpace(view.charAt(before - 1))) {
            before--;
        }
        return before == 0;
    }

    /** « par Jean Dupont », « par la ministre »: the agent of a passive (« qualifié de « … » par »), when it is someone. */
    private Clue agent(String view, int from, int to) {
        if (from + 4 > to
                || !view.regionMatches(true, from, "par", 0, 3)
                || !Typography.isSpace(view.charAt(from + 3))) {
            return null; // most quotes: no need to read the words after them
        }
        List<Words.Word> words = words(view, from, Math.min(to, from + 2 * NEXT_SENTENCE_NAME_WITHIN));
        if (words.size() < 2
                || !words.get(0).bare().equals("par")
                || words.get(0).start() != from) {
            return null;
        }
        int end = clauseEnd(view, words.get(1).start(), to);
        List<PersonNames.Name> names = PersonNames.in(view, words.get(1).start(), end);
        if (!names.isEmpty() && names.get(0).start() == words.get(1).start()) {
            PersonNames.Name name = names.get(0);
            return new Clue(Attribution.VERB_AFTER, ClueKind.NAME, name.text(), name.start(), name.end());
        }
        Clue role = Words.DETERMINERS.contains(words.get(1).bare())
                        || !words.get(1).elision().isEmpty()
                ? phrase(view, words.get(1).start(), end, Attribution.VERB_AFTER)
                : null;
        return role != null && (role.kind() == ClueKind.NAME || speaksAsRole(role.phrase())) ? role : null;
    }

    private boolean endsSentence(QuoteMarks.Span span) {
        int last = span.end() - 1;
        while (last > span.start() && Typography.isSpace(text.charAt(last))) {
            last--;
        }
        return last > span.start() && ".!?…".indexOf(text.charAt(last)) >= 0;
    }

    /**
     * True when the first verb after the quote (past a comma and auxiliaries) is in the reporting-verb lexicon, or a
     * passive's agent follows it.
     */
    private boolean reportedAfter(String view, QuoteMarks.Span span, int upperBound) {
        int from = span.close() + 1;
        for (Words.Word w : words(view, from, Math.min(upperBound, from + NEXT_SENTENCE_NAME_WITHIN))) {
            String bare = w.bare();
            int dash = bare.indexOf('-');
            if (ReportingVerbs.isInciseForm(dash > 0 ? bare.substring(0, dash) : bare) || bare.equals("par")) {
                return true; // « qualifié de « scandaleux » par Jean Dupont »: the agent says who spoke
            }
            if (!isAuxiliary(w) && !bare.equals("se")) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code Séisme : « On a peur » - un rescapé}, {@code « Nous tiendrons » — Jean Dupont}: a name or a role after a
     * dash that ends the block signs the quote before it, as headlines do.
     */
    private Clue signature(String view, int dash, int upperBound) {
        if (dash + 1 >= upperBound
                || "-–—".indexOf(view.charAt(dash)) < 0
                || !Typography.isSpace(view.charAt(dash + 1))
                || upperBound - dash > MAX_SIGNATURE_LENGTH
                || Typography.trim(view.substring(dash + 1, upperBound)).isEmpty()) {
            return null;
        }
        int end = upperBound;
        while (end > dash && (Typography.isSpace(view.charAt(end - 1)) || ".!".indexOf(view.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (clauseEnd(view, dash + 1, end) < end) {
            return null; // more than a name or a role: a sentence goes on
        }
        return phrase(view, dash + 1, end, Attribution.VERB_AFTER);
    }

    /**
     * A clause that opens with a reporting verb and names its subject after it: {@code a déclaré X},
     * {@code a-t-il ajouté}, {@code confie X}, {@code selon X}. Without a comma before it only a person's name or
     * an inverted pronoun counts (« » raconte Paul »).
     */
    private Clue reportingClause(String view, int from, int to, Attribution rule, boolean afterComma) {
        List<Words.Word> words = words(view, from, to);
        int w = 0;
        if (afterComma && words.size() > 2 && words.get(0).bare().equals("comme")) {
            // « …», comme le rappelait un militant », « …», comme l’a dit la ministre »
            w = words.get(1).bare().equals("le") ? 2 : words.get(1).elision().equals("l'") ? 1 : 0;
        }
        if (afterComma
                && w + 1 < words.size()
                && OBJECT_PRONOUNS.contains(words.get(w).bare())
                && isAuxiliary(words.get(w + 1))) {
            w++; // « », nous a déclaré Jean Dupont »: the newsroom told
        }
        String pronoun = null;
        boolean auxiliary = w < words.size() && isAuxiliary(words.get(w));
        if (auxiliary) {
            pronoun = invertedPronoun(words.get(w).bare());
            w++;
        }
        if (w < words.size() && words.get(w).bare().equals("se")) {
            w++;
        }
        boolean told = afterComma
                && w + 1 < words.size()
                && OBJECT_PRONOUNS.contains(words.get(w).bare())
                && ReportingVerbs.isForm(words.get(w + 1).bare())
                && !words.get(w + 1).bare().endsWith("ons")
                && !words.get(w + 1).bare().endsWith("ez");
        if (told) {
            w++; // « », nous confie Jean Bastianelli »: the newsroom told, not speaking
        }
        int afterAuxiliary = w;
        for (int skipped = 0;
                auxiliary
                        && skipped < 3
                        && w + 1 < words.size()
                        && !ReportingVerbs.isForm(words.get(w).bare())
                        && !words.get(w).isCapitalised();
                skipped++) {
            w++; // « a par exemple expliqué », « a ensuite ajouté »
        }
        boolean participle = auxiliary && afterComma && rule == Attribution.VERB_AFTER;
        if (w >= words.size()) {
            return participle ? participleIncise(view, words, afterAuxiliary, to) : null;
        }
        Words.Word verb = words.get(w);
        if (participle && verb.isCapitalised()) {
            return participleIncise(view, words, afterAuxiliary, to); // « a exulté l’attaquant Cédric Fauré »
        }
        if (verb.isCapitalised()
                || verb.elision().equals("j'")
                || w > 0
                        && !told
                        && Words.FIRST_PERSON.contains(words.get(w - 1).bare())) {
            return null; // « j’insiste », « je le répète »: the quote's own speaker talking, not a reporting clause
        }
        String bareVerb = verb.bare();
        String suffix = invertedPronoun(bareVerb);
        if (suffix != null) {
            pronoun = suffix;
            bareVerb = bareVerb.substring(0, bareVerb.indexOf('-'));
        }
        boolean selon = bareVerb.equals("selon")
                || (bareVerb.equals("apres") && verb.elision().equals("d'"));
        if (selon) { // « … » selon les gendarmes: the preposition names a source, with or without a comma
            return phrase(view, verb.end(), to, Attribution.ACCORDING_TO);
        }
        // « », a-t-il souri »: after a quote and a comma, a verb with its pronoun inverted is an incise, whatever the
        // verb
        boolean reporting = ReportingVerbs.isInciseForm(bareVerb);
        // « » accuse Jean Dupont »: with no comma, a verb reporting only in incises needs a person's name after it
        boolean nameOnly = !afterComma && !ReportingVerbs.isForm(bareVerb);
        if (!reporting && !(afterComma && pronoun != null)) {
            if (participle) {
                return participleIncise(view, words, afterAuxiliary, to);
            }
            return afterComma && rule == Attribution.VERB_AFTER ? reflexiveIncise(view, words, w, to) : null;
        }
        if (pronoun != null) {
            // « a-t-on appris », « a-t-on ajouté »: the newsroom's source, which QuoteFinder knows when the article
            // named it
            boolean source = pronoun.equals("on");
            Clue document = source ? readIn(view, words, w, to) : null;
            if (document != null) {
                return document; // « lit-on dans le communiqué de la préfecture »
            }
            return Words.FIRST_PERSON.contains(pronoun) && !source
                    ? null
                    : new Clue(rule, ClueKind.PRONOUN, pronoun, verb.start(), verb.end());
        }
        if (auxiliary && !afterComma) {
            return null; // « Mer Vivante » a annoncé un recours: the quote is the subject, there is no inversion
        }
        Clue clue = phrase(view, verb.end(), to, rule);
        if (clue == null && afterComma) {
            clue = pastAside(view, verb.end(), to, rule);
        }
        return clue == null
                        || (!afterComma && clue.kind() == ClueKind.ROLE && !startsWithDeterminer(clue.phrase()))
                        || (nameOnly && clue.kind() != ClueKind.NAME)
                ? null
                : clue;
    }

    /** « lit-on dans le communiqué », « peut-on lire dans sa lettre »: the writing the words are read in. */
    private Clue readIn(String view, List<Words.Word> words, int verb, int to) {
        int k = verb + 1;
        boolean reading = words.get(verb).bare().startsWith("lit-");
        if (!reading && k < words.size() && words.get(k).bare().equals("lire")) {
            reading = true;
            k++;
        }
        if (!reading || k + 1 >= words.size() || !words.get(k).bare().equals("dans")) {
            return null;
        }
        return phrase(view, words.get(k + 1).start(), to, Attribution.ACCORDING_TO);
    }

    /** « », lance, déterminé, Jean Dupont »: a short aside between commas right after the verb, then the subject. */
    private Clue pastAside(String view, int verbEnd, int to, Attribution rule) {
        if (to >= view.length()
                || view.charAt(to) != ','
                || !words(view, verbEnd, to).isEmpty()) {
            return null;
        }
        int close = view.indexOf(',', to + 1);
        if (close < 0
                || close - to > MAX_ASIDE_LENGTH
                || words(view, to + 1, close).size() > MAX_ASIDE_WORDS) {
            return null;
        }
        return phrase(view, close + 1, clauseEnd(view, close + 1, Math.min(view.length(), close + WINDOW)), rule);
    }

    /**
     * {@code «…», a exulté l’attaquant Cédric Fauré}: after a quote and a comma, an auxiliary and a past participle
     * report the words whatever the verb, when a name or a role follows.
     */
    private Clue participleIncise(String view, List<Words.Word> words, int participle, int to) {
        if (participle < 1
                || participle >= words.size()
                || !HAVE_OR_BE.contains(words.get(participle - 1).bare())) {
            return null;
        }
        Words.Word verb = words.get(participle);
        String raw = verb.raw();
        boolean looksLikeParticiple = !CITING.contains(verb.bare())
                && !verb.isCapitalised()
                && verb.elision().isEmpty()
                && raw.length() > 2
                && "éiuts".indexOf(Character.toLowerCase(raw.charAt(raw.length() - 1))) >= 0;
        if (!looksLikeParticiple) {
            return null;
        }
        return subjectAfter(view, verb.end(), to);
    }

    /**
     * {@code «…», s’égosillait un manifestant, Ashta Ibrahim}: after a quote and a comma, a reflexive verb followed
     * by its subject is an incise whatever the verb, when the subject is a name or a role.
     */
    private Clue reflexiveIncise(String view, List<Words.Word> words, int v, int to) {
        boolean reflexive = words.get(v).elision().equals("s'")
                || v > 0 && words.get(v - 1).bare().equals("se");
        if (!reflexive || v + 1 >= words.size() || words.get(v).isCapitalised()) {
            return null;
        }
        return subjectAfter(view, words.get(v).end(), to);
    }

    /** The subject after a verb that reports whatever it is, when it is a name or a role (not a bare noun). */
    private Clue subjectAfter(String view, int verbEnd, int to) {
        Clue clue = phrase(view, verbEnd, to, Attribution.VERB_AFTER);
        // « surnommé « le Bulldozer », a quitté ses fonctions »: any verb may follow a quote; only someone makes it an
        // incise
        return clue != null && (clue.kind() == ClueKind.NAME || speaksAsRole(clue.phrase())) ? clue : null;
    }

    /**
     * « à la presse le ministre », « au Parisien la directrice »: where the subject starts after the listener a
     * reporting verb may name first, or 0 when the words do not open with one.
     */
    private static int toWhom(List<Words.Word> words) {
        if (words.size() < 3 || !Set.of("a", "au", "aux").contains(words.get(0).bare())) {
            return 0;
        }
        for (int k = 2; k < words.size(); k++) {
            Words.Word w = words.get(k);
            if (Set.of("le", "la", "les", "un", "une").contains(w.bare())
                    || w.elision().equals("l'")) {
                return k;
            }
        }
        return 0;
    }

    /** The phrase naming the speaker after a verb: a person's name in the clause, else the role up to a complement. */
    private Clue phrase(String view, int from, int to, Attribution rule) {
        java.util.regex.Matcher adverbial = ADVERBIAL.matcher(Typography.fold(view.substring(from, to)));
        if (adverbial.find()) {
            from += adverbial.end(); // no ligature in these words: the folded match never runs past the original's
        }
        List<Words.Word> words = words(view, from, to);
        if (words.isEmpty()) {
            return null;
        }
        int told = toWhom(words);
        if (told > 0) { // « a déclaré à la presse le ministre »: whom the words were told comes before who told them
            from = words.get(told).start();
            words = words.subList(told, words.size());
        }
        for (PersonNames.Name name : PersonNames.in(view, from, to)) {
            if (words(view, from, name.start()).stream()
                    .noneMatch(w -> Set.of("qui", "que", "dont").contains(w.bare()))) {
                return new Clue(rule, ClueKind.NAME, name.text(), name.start(), name.end());
            }
        }
        Words.Word first = words.get(0);
        if (Words.SUBJECT_PRONOUNS.contains(first.bare())) {
            return new Clue(rule, ClueKind.PRONOUN, first.bare(), first.start(), first.end());
        }
        if (first.isCapitalised() && first.elision().isEmpty() && (words.size() == 1 || stops(words, 1))) {
            return new Clue(rule, ClueKind.NAME, first.raw(), first.start(), first.end()); // « raconte Paul »
        }
        int end = 0;
        while (end < words.size() && !stops(words, end)) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        if (end == words.size() && to < view.length() && view.charAt(to) == ',') {
            int next = clauseEnd(view, to + 1, Math.min(view.length(), to + WINDOW));
            List<PersonNames.Name> names = PersonNames.in(view, to + 1, next);
            if (names.size() == 1 && presentsOnly(view, to + 1, names.get(0), next)) {
                PersonNames.Name name = names.get(0); // « a déclaré la ministre de la Culture, Rachida Dati, lors de »
                return new Clue(rule, ClueKind.NAME, name.text(), name.start(), name.end());
            }
        }
        return role(view, words.get(0).start(), words.get(end - 1).end(), rule);
    }

    /**
     * True when the clause from {@code from} to {@code end} is only this name, perhaps after a title or a short role
     * (« Rachida Dati », « Me Jean Roux », « le commissaire Yves Lefebvre »): an apposition naming the role before it.
     */
    private static boolean presentsOnly(String view, int from, PersonNames.Name name, int end) {
        if (!Typography.trim(view.substring(name.end(), end)).isEmpty()) {
            return false;
        }
        String before = Cast.withoutHonorific(view.substring(from, name.start()).strip() + " ")
                .strip();
        String folded = Typography.fold(before);
        return before.isEmpty()
                || (folded.startsWith("le ") || folded.startsWith("la ") || folded.startsWith("l'"))
                        && before.split(" ").length <= MAX_TITLE_WORDS
                        && before.chars().noneMatch(c -> ",;:".indexOf(c) >= 0);
    }

    /** Openers, a reporting verb before the quote, or a colon. */
    private Clue before(String view, int open, int sentence) {
        List<Words.Word> words = words(view, sentence, open);
        if (words.isEmpty()) {
            return null;
        }
        Clue clue = accordingTo(view, words, open);
        if (clue != null) {
            return clue;
        }
        boolean colon = view.substring(sentence, open).strip().endsWith(":");
        boolean que = false;
        // without a colon, a verb further back than MAX_WORDS_AFTER_QUE words introduces nothing: stop reading there
        int furthest = colon ? 0 : Math.max(0, words.size() - 2 - MAX_WORDS_AFTER_QUE);
        for (int v = words.size() - 1; v >= furthest; v--) {
            if (v + 1 < words.size()) {
                que |= Set.of("que", "qu").contains(elided(words.get(v + 1)));
            }
            if (!isVerb(words, v)) {
                continue;
            }
            int between = words.size() - 1 - v;
            if (!colon && between > MAX_WORDS_AFTER_VERB && !(que && between <= MAX_WORDS_AFTER_QUE)) {
                break;
            }
            if (v >= 2
                    && words.get(v - 2).bare().equals("comme")
                    && Set.of("le", "l").contains(words.get(v - 1).bare())) {
                return phrase(
                        view, words.get(v).end(), clauseEnd(view, words.get(v).end(), open), Attribution.VERB_BEFORE);
            }
            Clue subject = subject(view, sentence, words.get(v).start(), Attribution.VERB_BEFORE);
            Clue agent = v + 1 < words.size()
                            && subject != null
                            && subject.kind() == ClueKind.ROLE
                            && !speaksAsRole(subject.phrase())
                    ? agent(view, words.get(v + 1).start(), open)
                    : null;
            return agent != null ? agent : subject; // « Un discours salué par Marie Durand : « … » »
        }
        return colon ? colonSubject(view, sentence, view.lastIndexOf(':', open)) : null;
    }

    /** {@code Selon X, «}, {@code D’après X, «} anywhere in the sentence, {@code Pour X, «} at its start. */
    private Clue accordingTo(String view, List<Words.Word> words, int open) {
        for (int k = words.size() - 1; k >= 0; k--) {
            Words.Word word = words.get(k);
            boolean dapres = word.bare().equals("apres") && word.elision().equals("d'");
            boolean opener = word.bare().equals("selon")
                    || dapres
                    || (k == 0 && word.bare().equals("pour"));
            if (!opener || (k > 0 && word.isCapitalised() && !OPENERS.contains(word.bare()))) {
                continue;
            }
            int comma = view.indexOf(',', word.end());
            if (comma < 0 || comma > open) {
                return null;
            }
            Clue clue = phrase(view, word.end(), comma, Attribution.ACCORDING_TO);
            if (word.bare().equals("pour")
                    && (clue == null
                            || clue.kind() == ClueKind.PRONOUN
                            || clue.kind() == ClueKind.ROLE && !speaksAsRole(clue.phrase()))) {
                return null; // « Pour l’instant, » is not a source; « Pour la biologiste Claire Dumas, » is
            }
            return clue;
        }
        return null;
    }

    /**
     * The subject of the verb at {@code verbStart}: the text before it back to a clause boundary, without
     * auxiliaries; an apposition gives the name (« Son président, Arnaud Rousseau, juge que »).
     */
    private Clue subject(String view, int sentence, int verbStart, Attribution rule) {
        List<Words.Word> words = words(view, sentence, verbStart);
        int end = words.size();
        while (end > 0 && isAuxiliary(words.get(end - 1))) {
            end--;
        }
        Clue side = end > 0 && words.get(end - 1).bare().equals("on")
                ? sideOf(view, sentence, words.get(end - 1).start(), rule)
                : null;
        if (side != null) {
            return side; // « Du côté de la CGT, on dénonce « … » »
        }
        int begin = 0;
        String marker = null;
        for (int k = end - 1; k >= 0; k--) {
            Words.Word w = words.get(k);
            if (ELIDED_CONJUNCTIONS.contains(w.elision()) && Words.SUBJECT_PRONOUNS.contains(w.bare())) {
                int at = w.start() + w.raw().length() - w.bare().length();
                return new Clue(rule, ClueKind.PRONOUN, w.bare(), at, w.end());
            }
            if (w.elision().equals("qu'") && !w.bare().isEmpty()) {
                begin = k;
                marker = "que";
                break;
            }
            if (CLAUSE_MARKERS.contains(w.bare())
                    || hasClauseBreak(
                            view, w, k == end - 1 ? verbStart : words.get(k + 1).start())) {
                begin = k + 1;
                marker = CLAUSE_MARKERS.contains(w.bare()) ? w.bare() : ":";
                break;
            }
        }
        if (begin >= end) {
            if ("qui".equals(marker) && begin > 0) {
                return subject(view, sentence, words.get(begin - 1).start(), rule);
            }
            return "et".equals(marker) ? new Clue(rule, ClueKind.PRONOUN, "il", verbStart, verbStart) : null;
        }
        if (begin < end && "que".equals(marker)) {
            Words.Word w = words.get(begin);
            words = new ArrayList<>(words);
            words.set(
                    begin, new Words.Word(w.bare(), w.bare(), w.end() - w.bare().length(), w.end()));
        }
        int from = words.get(begin).start();
        int to = words.get(end - 1).end();
        String single = Typography.fold(view.substring(from, to));
        if (Words.SUBJECT_PRONOUNS.contains(single)) {
            return new Clue(rule, ClueKind.PRONOUN, single, from, to);
        }
        if (Words.FIRST_PERSON.contains(single)) {
            return null;
        }
        return fromAppositions(view, from, to, rule);
    }

    /**
     * A role that can speak: a person's (« la ministre »), a group's (« les riverains ») or an institution's (« la
     * préfecture »); not a thing (« cette rentrée », « l’année scolaire »).
     */
    private static boolean speaksAsRole(String phrase) {
        String folded = Typography.fold(phrase);
        String head = Cast.head(Cast.roleKey(phrase));
        String[] written = Typography.trim(phrase).split("[ ’']");
        boolean acronym = written.length == 2
                && written[1].length() > 1
                && written[1].chars().allMatch(Character::isUpperCase);
        return acronym // « la CGT », « le PSG »: an organisation
                || head != null
                        && (PersonRoles.isPersonRole(head)
                                || PersonRoles.isInstitution(head)
                                || folded.startsWith("les ")
                                || folded.startsWith("des "));
    }

    /**
     * {@code Il s’est engagé à prendre des mesures « strictes »}, {@code Laporta a tenu à souligner le « jeu de haut
     * niveau »}: a quote inside a sentence whose subject is a person is that person's words, when no rule found a
     * speaker; a quote named as a word (« le terme « siège » ») or a short capitalised one (a nickname, a title) is not.
     * Null otherwise.
     */
    Clue sentenceSubject(QuoteMarks.Span span) {
        if (span.parent() >= 0) {
            return null;
        }
        int sentence = withinWindow(masked, span.open(), sentenceStart(span.open()));
        List<Words.Word> words = words(masked, sentence, span.open());
        if (words.size() < 2
                || NAMING_A_WORD.contains(words.get(words.size() - 1).bare())
                || soCalled(span)
                || isShortName(span)) {
            return null;
        }
        if (charged(words)) {
            return null;
        }
        // the sentence's subject and verb come first: tagging its opening words is enough, and keeps each quote cheap
        List<Words.Word> opening = words.subList(0, Math.min(words.size(), MAX_WORDS_TO_MAIN_VERB));
        if (opening.stream().noneMatch(SpeakerRules::couldBeSomeone)) {
            return null; // no name, pronoun or person in sight: nobody to give the quote to
        }
        String[] tags = tags(opening);
        for (int v = 1; v < tags.length; v++) {
            if ((tags[v].equals("VERB") || tags[v].equals("AUX")) && !afterDe(words, v)) {
                Clue subject = subject(masked, sentence, words.get(v).start(), Attribution.VERB_BEFORE);
                boolean person = subject != null
                        && (subject.kind() != ClueKind.ROLE
                                || PersonRoles.isPersonRole(String.valueOf(Cast.head(Cast.roleKey(subject.phrase()))))
                                || isOneCapitalisedWord(
                                        subject.phrase())); // « Dolan souhaite »: QuoteFinder knows if it is someone
                return person ? subject : null;
            }
        }
        return null;
    }

    /**
     * {@code X reconnaît que beaucoup de start-up se parent de ces termes. « C’est la phase “bullish”. »}: a quote that
     * is a sentence of its own goes on with the person the sentence before reported, with a reporting verb. Null
     * otherwise.
     */
    Clue reporterOfSentenceBefore(QuoteMarks.Span span) {
        int sentence = sentenceStart(span.open());
        if (sentence != span.open() || sentence == 0) {
            return null;
        }
        int previous = withinWindow(masked, sentence, sentenceStart(sentence - 1));
        List<Words.Word> words = words(masked, previous, sentence);
        for (int v = 1; v < words.size() && v <= MAX_WORDS_BEFORE_REPORTING_VERB; v++) {
            if (ReportingVerbs.isForm(words.get(v).bare())) {
                Clue subject = subject(masked, previous, words.get(v).start(), Attribution.CONTINUATION);
                return subject != null && subject.kind() != ClueKind.ROLE ? subject : null;
            }
        }
        // « Marguerite Maillot habite Saint-Denis. Elle a prévu des réserves d’eau. « J’ai rempli ça » »: the person
        // the sentence before is about, whatever its verb
        List<Words.Word> opening = words.subList(0, Math.min(words.size(), MAX_WORDS_TO_MAIN_VERB));
        if (opening.size() < 2 || opening.stream().noneMatch(SpeakerRules::couldBeSomeone)) {
            return null;
        }
        String[] tags = tags(opening);
        for (int v = 1; v < tags.length; v++) {
            if ((tags[v].equals("VERB") || tags[v].equals("AUX")) && !afterDe(words, v)) {
                Clue subject = subject(masked, previous, words.get(v).start(), Attribution.CONTINUATION);
                return subject != null && subject.kind() != ClueKind.ROLE ? subject : null;
            }
        }
        return null;
    }

    /** « le « Napoléon du football » »: a few words opening with a capital inside a sentence are a nickname or a title. */
    boolean isShortName(QuoteMarks.Span span) {
        String quoted = text.substring(span.start(), span.end());
        return !quoted.isEmpty()
                && Character.isUpperCase(quoted.codePointAt(0))
                && Typography.countWords(quoted) < QuoteFinder.MIN_SPEECH_WORDS;
    }

    /** « condamné pour « abus de biens sociaux » », « une enquête pour « harcèlement » »: the law's words, not a speaker's. */
    private static boolean charged(List<Words.Word> before) {
        int last = before.size() - 1;
        if (last < 1
                || !Set.of("pour", "de", "d")
                        .contains(
                                before.get(last).bare().isEmpty()
                                        ? "d"
                                        : before.get(last).bare())) {
            return false;
        }
        for (int k = Math.max(0, last - 4); k < last; k++) {
            if (CHARGES.contains(before.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /** « Dolan », « Paris »: a surname met before, or a place; only the article's people tell which. */
    static boolean isOneCapitalisedWord(String phrase) {
        return phrase.indexOf(' ') < 0 && !phrase.isEmpty() && Character.isUpperCase(phrase.codePointAt(0));
    }

    /** A capitalised word, a subject pronoun or a person noun: what a sentence's subject needs to name someone. */
    private static boolean couldBeSomeone(Words.Word word) {
        return word.isCapitalised()
                || Words.SUBJECT_PRONOUNS.contains(word.bare())
                || PersonRoles.isPersonRole(word.bare());
    }

    /** « d’échanger », « à prendre »: an infinitive, which has no subject of its own. */
    private static boolean afterDe(List<Words.Word> words, int v) {
        return words.get(v).elision().equals("d'")
                || (v > 0
                        && Set.of("de", "a", "pour", "sans")
                                .contains(words.get(v - 1).bare()));
    }

    /** {@code X a affiché sa confiance : «}: the subject of the clause's first verb, found with parts of speech. */
    private Clue colonSubject(String view, int sentence, int colon) {
        List<Words.Word> words = words(view, sentence, colon);
        if (words.isEmpty()) {
            return null;
        }
        Clue presented = nameWithParenthesis(view, sentence, colon);
        if (presented != null) {
            return presented;
        }
        String[] tags = tags(words);
        for (int v = 0; v < words.size(); v++) {
            // « A distance, difficile d’échanger avec ses profs, Ulysse viendra : »: a verb after « de » has no subject
            if ((tags[v].equals("VERB") || tags[v].equals("AUX")) && v > 0 && !afterDe(words, v)) {
                Clue subject = subject(view, sentence, words.get(v).start(), Attribution.COLON);
                if (subject != null && (subject.kind() != ClueKind.ROLE || speaksAsRole(subject.phrase()))) {
                    return subject;
                }
                for (Words.Word w : words.subList(v, words.size())) {
                    Clue agent = w.bare().equals("par") ? agent(view, w.start(), colon) : null;
                    if (agent != null) {
                        return agent; // « Un discours salué par Marie Durand : « … » »
                    }
                }
                break; // « Clore l’année est primordial pour Denis Bertron, directeur : »: a thing says nothing; a name
                // may
            }
        }
        for (int k = 1;
                k + 1 < words.size() && words.size() <= 6;
                k++) { // « Réponse de l’élu FN : « »: no verb, the speaker after « de »
            if (Set.of("de", "du", "des").contains(elided(words.get(k)))) {
                Clue clue = role(
                        view,
                        words.get(k).start()
                                + (words.get(k).elision().isEmpty()
                                        ? words.get(k).raw().length()
                                        : 0),
                        colon,
                        Attribution.COLON);
                boolean person = clue != null
                        && (clue.kind() == ClueKind.NAME
                                || PersonRoles.isPersonRole(String.valueOf(Cast.head(Cast.roleKey(clue.phrase())))));
                if (person) {
                    return clue;
                }
            }
        }
        String name = PersonNames.first(view.substring(sentence, colon));
        if (name != null) {
            int at = view.indexOf(name, sentence);
            return new Clue(Attribution.COLON, ClueKind.NAME, name, at, at + name.length());
        }
        return null;
    }

    /** Words opening a part that sets the scene (« Sur France Bleu Paris, », « de son côté, »), never the subject. */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of(
            "sur",
            "dans",
            "au",
            "aux",
            "en",
            "lors",
            "pendant",
            "depuis",
            "apres",
            "avant",
            "chez",
            "devant",
            "face",
            "vers",
            "par",
            "avec",
            "sans",
            "sous",
            "entre",
            "contre",
            "malgre",
            "durant",
            "interroge",
            "interrogee",
            "invite",
            "invitee",
            "de",
            "pour",
            "quant");

    /** « Le PDG de la SNCF, Jean-Pierre Farandou, » gives the name; « Les plaisanciers, eux, » gives the role. */
    private Clue fromAppositions(String view, int from, int to, Attribution rule) {
        Clue last = null;
        Clue speaking = null; // « La victime, une femme de 45 ans, »: the first person's role, else the last role
        int partStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && view.charAt(i) != ',') {
                continue;
            }
            String part = view.substring(partStart, i);
            String folded = Typography.fold(part.strip());
            if (i == to && (Words.SUBJECT_PRONOUNS.contains(folded) || Words.FIRST_PERSON.contains(folded))) {
                boolean third = Words.SUBJECT_PRONOUNS.contains(folded)
                        && !Set.of("lui", "eux").contains(folded);
                Clue chosen = speaking != null ? speaking : last;
                boolean emphatic = Set.of("lui", "eux").contains(folded); // « Les syndicats, eux, parlent »
                return chosen == null && third
                        ? new Clue(rule, ClueKind.PRONOUN, folded, partStart, i)
                        : third || emphatic ? chosen : null;
            }
            if (!part.isBlank()
                    && !Words.SUBJECT_PRONOUNS.contains(folded)
                    && !ADVERBIAL_OPENERS.contains(folded.split("[ ']")[0])) {
                List<PersonNames.Name> names = PersonNames.in(view, partStart, i);
                if (!names.isEmpty()) {
                    PersonNames.Name name = names.get(0);
                    return new Clue(rule, ClueKind.NAME, name.text(), name.start(), name.end());
                }
                List<Words.Word> single = words(view, partStart, i);
                if (partStart == from
                        && i < to
                        && single.size() == 1
                        && single.get(0).isCapitalised()
                        && single.get(0).elision().isEmpty()
                        && tags(words(view, from, to))[0].equals("PROPN")) {
                    Words.Word name = single.get(
                            0); // « Laporta, à la tête du club depuis deux ans, a tenu à souligner »: a surname set
                    // apart
                    return new Clue(rule, ClueKind.NAME, name.raw(), name.start(), name.end());
                }
                Clue role = role(view, partStart, i, rule);
                last = role != null ? role : last;
                if (speaking == null
                        && role != null
                        && PersonRoles.isPersonRole(String.valueOf(Cast.head(Cast.roleKey(role.phrase()))))) {
                    speaking = role;
                }
            }
            partStart = i + 1;
        }
        return speaking != null ? speaking : last;
    }

    /** A person's name inside the phrase, else the role as written (determiner in lower case), else null. */
    private Clue role(String view, int from, int to, Attribution rule) {
        List<PersonNames.Name> names = PersonNames.in(view, from, to);
        if (!names.isEmpty()) {
            return new Clue(
                    rule,
                    ClueKind.NAME,
                    names.get(0).text(),
                    names.get(0).start(),
                    names.get(0).end());
        }
        List<Words.Word> words = words(view, from, to);
        if (words.isEmpty()
                || words.size() > MAX_ROLE_WORDS
                || Words.FIRST_PERSON.contains(words.get(0).bare())
                || Words.SUBJECT_PRONOUNS.contains(words.get(0).bare())
                || words.stream().anyMatch(w -> w.raw().matches("x+"))) {
            return null;
        }
        int np = partOfGroup(words) ? 0 : nounPhraseStart(words);
        if (np < 0) {
            return null;
        }
        int start = words.get(np).start();
        int end = words.get(words.size() - 1).end();
        String phrase = view.substring(start, end);
        Words.Word first = words.get(np);
        boolean determiner = Words.DETERMINERS.contains(first.bare())
                || Words.DETERMINERS.contains(first.elision().replace("'", ""));
        return new Clue(
                rule,
                ClueKind.ROLE,
                determiner ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase,
                start,
                end);
    }

    /** « l’un d’eux », « l’une des victimes », « plusieurs des manifestants »: one or some of a group, said whole. */
    private static boolean partOfGroup(List<Words.Word> words) {
        return words.size() >= 2
                && SOME_OF.contains(words.get(0).bare())
                && (Set.of("de", "des").contains(words.get(1).bare())
                        || words.get(1).elision().equals("d'"));
    }

    /**
     * Where the noun phrase that ends these words starts, by their parts of speech: « ce à quoi le président » gives
     * « le président »; -1 when they do not end with one (« assurant avoir », « le point auquel vous croyez ») or
     * when it is a date (« le 11 juin »).
     */
    private int nounPhraseStart(List<Words.Word> words) {
        if (words.stream().anyMatch(w -> TIME_WORDS.contains(w.bare()))) {
            return -1;
        }
        String[] tags = tags(words);
        int blocked = -1;
        for (int k = 0; k < tags.length; k++) {
            blocked = PHRASE_BREAKING_TAGS.contains(tags[k]) ? k : blocked;
        }
        for (int k = blocked + 1; k < tags.length; k++) {
            if (NOUN_PHRASE_STARTS.contains(tags[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * One part of speech per word, asking the tagger with elisions split as its training text was (« l’ » then
     * « ex-président »): a word's tag is its last part's, and an elided article makes the word start a noun phrase.
     */
    private String[] tags(List<Words.Word> words) {
        taggingBudget -= words.size();
        if (taggingBudget < 0) {
            return Collections.nCopies(words.size(), "X").toArray(String[]::new); // X: other, which no rule acts on
        }
        List<String> tokens = new ArrayList<>(words.size() + 4);
        int[] last = new int[words.size()];
        for (int k = 0; k < words.size(); k++) {
            Words.Word w = words.get(k);
            String elision = w.elision();
            if (!elision.isEmpty() && w.raw().length() > elision.length()) {
                tokens.add(w.raw().substring(0, elision.length()));
                tokens.add(w.raw().substring(elision.length()));
            } else {
                tokens.add(w.raw().chars().allMatch(c -> c == 'x') ? "citation" : w.raw());
            }
            last[k] = tokens.size() - 1;
        }
        String[] tokenTags = FrenchModels.tag(tokens);
        String[] tags = new String[words.size()];
        for (int k = 0; k < words.size(); k++) {
            boolean article = Set.of("l'", "d'").contains(words.get(k).elision())
                    && last[k] > 0
                    && (k == 0 || last[k - 1] < last[k] - 1);
            tags[k] = article && NOUN_PHRASE_WORDS.contains(tokenTags[last[k]]) ? "DET" : tokenTags[last[k]];
        }
        return tags;
    }

    private static boolean startsWithDeterminer(String phrase) {
        List<Words.Word> words = Words.of(phrase, 0, phrase.length());
        return !words.isEmpty()
                && (Words.DETERMINERS.contains(words.get(0).bare())
                        || Words.DETERMINERS.contains(words.get(0).elision().replace("'", "")));
    }

    private static boolean stops(List<Words.Word> words, int k) {
        Words.Word w = words.get(k);
        if (k == 0 || w.isCapitalised()) {
            return false;
        }
        if (w.bare().equals("au")) {
            return k + 1 >= words.size() || !words.get(k + 1).isCapitalised();
        }
        return PHRASE_STOPS.contains(w.bare())
                || PHRASE_STOPS.contains(Typography.fold(w.raw()))
                || ReportingVerbs.isForm(w.bare());
    }

    private boolean isVerb(List<Words.Word> words, int v) {
        Words.Word w = words.get(v);
        if (!ReportingVerbs.isForm(w.bare()) || w.isCapitalised()) {
            return false;
        }
        boolean afterDeterminer = v > 0
                && Words.DETERMINERS.contains(words.get(v - 1).bare())
                && !(v >= 2 && words.get(v - 2).bare().equals("comme"));
        return !afterDeterminer;
    }

    static boolean isAuxiliary(Words.Word w) {
        String bare = w.bare();
        int dash = bare.indexOf("-t-");
        return AUXILIARIES.contains(bare)
                || AUXILIARIES.contains(Typography.fold(w.raw()))
                || (dash > 0 && AUXILIARIES.contains(bare.substring(0, dash)));
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
    private static boolean hasClauseBreak(String view, Words.Word w, int nextStart) {
        for (int k = w.end(); k < nextStart && k < view.length(); k++) {
            char c = view.charAt(k);
            if (c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** Where the clause starting here ends: the next mark of punctuation that closes a phrase, or the limit. */
    private static int clauseEnd(String view, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (PHRASE_END.indexOf(view.charAt(i)) >= 0 && !(view.charAt(i) == '.' && isInitial(view, i))) {
                return i;
            }
        }
        return limit;
    }

    /** « M. », « J.-P. »: a period after a lone capital or an honorific does not end a phrase. */
    private static boolean isInitial(String view, int period) {
        int start = period;
        while (start > 0 && Character.isLetter(view.charAt(start - 1))) {
            start--;
        }
        String word = view.substring(start, period);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || Set.of("M", "Mme", "Me", "Dr", "Pr", "Mgr").contains(word);
    }
}
