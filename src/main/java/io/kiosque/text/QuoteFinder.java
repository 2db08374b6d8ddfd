package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of an article, in its title and every block, and who said them, in four stages:
 * <ol>
 *   <li>quotation marks ({@link QuoteMarks});</li>
 *   <li>the people of the article as they are met, with the roles given them in apposition ({@link Cast});</li>
 *   <li>the words naming each quote's speaker, by named rules ({@link SpeakerRules});</li>
 *   <li>resolution of those words to the person: a surname, a role or a pronoun becomes the full name given
 *       before; a quote with no clause of its own continues the previous speaker's; a title or heading quote
 *       takes the speaker of the body quote that repeats it.</li>
 * </ol>
 * A quote is speech when someone is named as saying it or when it is five words or more, else a term.
 */
public final class QuoteFinder {

    /** Below this many words, an unattributed quote is a term (« invincible »), not someone's words. */
    static final int MIN_SPEECH_WORDS = 5;
    /** From this many words, a heading may change one word of the quote it repeats. */
    private static final int MIN_REWORDED_HEADING_WORDS = 6;
    /** Quoted headings looked up in the body, at most: each lookup reads every quote. */
    private static final int MAX_STANDALONE = 50;
    /** Longer roles (« le président de la République ») stand for the person just named only when no other role was given them. */
    private static final int MAX_ANAPHORA_WORDS = 5;

    /** « a-t-on appris auprès de la préfecture »: the source the article's « on » and « la même source » stand for. */
    private static final Pattern LEARNT_FROM =
            Pattern.compile("(?:appris|apprend|appris de source \\p{L}+) auprès (?:de |d'|d’|du |des )"
                    + "((?:la |le |l'|l’|les )?[^,;.:!?«»\"“”()]{2,80})");
    /** How far after a name its reporting verb may come (past an apposition) for the name to report speech. */
    private static final int REPORTING_VERB_WITHIN = 120;
    /** How far after a pronoun with no antecedent the person it announces may be named. */
    private static final int CATAPHORA_WITHIN = 250;
    /** Earlier quotes of the sentence looked at for its speaker, at most. */
    private static final int MAX_SAME_SENTENCE_LOOKBACK = 8;
    /** Distinct role speakers given a fuller form, at most: each lookup reads the whole article. */
    private static final int MAX_FULLER_ROLES = 50;

    private static final Pattern ONE_NOUN_ROLE = Pattern.compile("((?:la|le|les) |l'|l’)(\\p{L}[\\p{L}-]*)");
    private static final Pattern SAME_SOURCE = Pattern.compile("(la meme|cette|une) source|(les memes|ces) sources");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "is", "are", "we", "our", "with", "has", "have", "to", "in", "it", "this", "that",
            "will", "be", "not", "for", "you", "they", "was", "were", "world", "one", "most");
    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "de", "des", "du", "et", "est", "que", "qui", "nous", "pas", "une", "un", "pour", "dans",
            "sur", "il", "elle", "ce", "en", "au", "aux", "ne", "sont", "avec", "plus");

    private QuoteFinder() {}

    /**
     * @param title    the article's title
     * @param blocks   the text of each block in order; null for an ad slot
     * @param language the article's language, the guess when a quote gives no clue
     */
    public static List<FoundQuote> find(String title, List<String> blocks, String language) {
        List<String> texts = new ArrayList<>(blocks.size() + 1);
        texts.add(title);
        texts.addAll(blocks);
        Cast cast = new Cast(texts);
        List<FoundQuote> quotes = new ArrayList<>();
        Set<Integer> standalone = new java.util.HashSet<>();
        FoundQuote[] lastSpoken = new FoundQuote[1]; // the latest quote with a speaker, for continuations
        for (int b = 0; b < texts.size(); b++) {
            if (texts.get(b) != null) {
                int first = quotes.size();
                String previous = b > 1 ? texts.get(b - 1) : null;
                findInBlock(b - 1, texts.get(b), previous, cast, quotes, lastSpoken, language);
                standAlone(texts.get(b), quotes, first, b == 0, standalone);
            }
        }
        return soleVoice(
                repeated(
                        fullerRoles(
                                titlePerson(laterAppositions(fullNames(quotes, cast), cast), title, cast), texts, cast),
                        standalone),
                standalone,
                texts,
                cast);
    }

    private static void findInBlock(
            int block,
            String text,
            String previousBlock,
            Cast cast,
            List<FoundQuote> quotes,
            FoundQuote[] lastSpoken,
            String language) {
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        meetPeople(block, text, spans, cast);
        if (spans.isEmpty()) {
            return;
        }
        SpeakerRules rules = new SpeakerRules(text, spans);
        int offset = quotes.size();
        for (int i = 0; i < spans.size(); i++) {
            QuoteMarks.Span span = spans.get(i);
            FoundQuote found = resolve(rules.find(i), block, cast);
            if (found == null
                    && span.parent() < 0
                    && previousBlock != null
                    && rules.sentenceStart(span.open()) == span.open()
                    && Typography.trim(text.substring(0, span.open())).isEmpty()) {
                found = resolve(
                        new SpeakerRules(previousBlock, QuoteMarks.find(previousBlock)).introducingNextBlock(),
                        block - 1,
                        cast);
            }
            if (found == null && span.parent() < 0) {
                found = sameSentence(quotes, offset, span, rules, cast);
            }
            if (found == null && span.parent() < 0) {
                found = resolve(rules.nameOpeningNextSentence(span), block, cast);
            }
            if (found == null && span.parent() < 0) {
                found = resolve(rules.reporterOfSentenceBefore(span), block, cast);
            }
            if (found == null && span.parent() < 0) {
                found = continuation(lastSpoken[0], block, span, rules, cast);
            }
            if (found == null && previousBlock != null && span.parent() < 0 && isWholeBlock(text, span)) {
                found = resolve(
                        new SpeakerRules(previousBlock, QuoteMarks.find(previousBlock)).subjectOfLastSentence(),
                        block - 1,
                        cast);
            }
            if (found == null && block >= 0) { // a title's quote is the body's words, found when the body repeats them
                SpeakerRules.Clue subject = rules.sentenceSubject(span);
                boolean unknownWord = subject != null
                        && subject.kind() == SpeakerRules.ClueKind.ROLE
                        && SpeakerRules.isOneCapitalisedWord(subject.phrase())
                        && cast.find(subject.phrase()) == null;
                found = unknownWord ? null : resolve(subject, block, cast);
            }
            String quoted = text.substring(span.start(), span.end());
            String speaker = found == null ? null : found.speaker();
            QuoteKind kind = speaker != null || Typography.countWords(quoted) >= MIN_SPEECH_WORDS
                    ? QuoteKind.SPEECH
                    : QuoteKind.TERM;
            quotes.add(new FoundQuote(
                    block,
                    span.start(),
                    span.end(),
                    quoted,
                    span.parent() < 0 ? -1 : offset + span.parent(),
                    speaker,
                    kind,
                    guessLanguage(quoted, language),
                    found == null ? null : found.attribution(),
                    found == null ? null : found.mention()));
            if (speaker != null && span.parent() < 0) {
                lastSpoken[0] = quotes.get(quotes.size() - 1);
            }
        }
    }

    /** True when the quote, with at most a final stop after it, is all its block says. */
    private static boolean isWholeBlock(String text, QuoteMarks.Span span) {
        int before = span.open();
        while (before > 0 && Typography.isSpace(text.charAt(before - 1))) {
            before--;
        }
        int after = span.close() + 1;
        while (after < text.length()
                && (Typography.isSpace(text.charAt(after)) || ".!?".indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        return before == 0 && after == text.length();
    }

    /** Registers the names met outside quotes, and the roles set beside them (« Jean Dupont, le maire, »). */
    private static void meetPeople(int block, String text, List<QuoteMarks.Span> spans, Cast cast) {
        Matcher learnt = LEARNT_FROM.matcher(text);
        if (learnt.find()) {
            String source = Typography.trim(learnt.group(1));
            Cast.Person person = cast.find(source);
            cast.source(person != null ? person : cast.role(source));
        }
        int s = 0;
        for (PersonNames.Name name : PersonNames.in(text, 0, text.length())) {
            while (s < spans.size() && spans.get(s).close() < name.start()) {
                s++;
            }
            boolean quoted = false;
            for (int k = s; k < spans.size() && spans.get(k).open() < name.start(); k++) {
                quoted |= name.end() <= spans.get(k).close();
            }
            if (quoted) {
                continue;
            }
            Cast.Person person =
                    cast.named(block, name.start(), name.end(), name.text(), reportsSpeech(text, name.end()));
            Appositions.around(text, name).forEach(role -> cast.link(person, role));
        }
    }

    /**
     * True when the name just before this place reports speech (« Mamadou Touré a indiqué que », « Jean Dupont, le maire,
     * estime que »): the person is then the one the article is quoting, whom a later role or pronoun most likely means.
     */
    private static boolean reportsSpeech(String text, int afterName) {
        int from = afterName;
        int limit = Math.min(text.length(), afterName + REPORTING_VERB_WITHIN);
        if (from < limit && text.charAt(from) == ',') {
            int close = text.indexOf(',', from + 1);
            from = close < 0 || close >= limit ? from : close + 1; // an apposition between the name and its verb
        }
        List<Words.Word> words = Words.of(text, from, limit);
        for (int k = 0; k < Math.min(words.size(), 3); k++) {
            if (ReportingVerbs.isForm(words.get(k).bare())) {
                return true;
            }
            if (!SpeakerRules.isAuxiliary(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** The speaker the clue names, resolved to the person the article means. */
    private static FoundQuote resolve(SpeakerRules.Clue clue, int block, Cast cast) {
        if (clue == null) {
            return null;
        }
        FoundQuote.Mention at = new FoundQuote.Mention(block, clue.start(), clue.end());
        switch (clue.kind()) {
            case PRONOUN -> {
                if (clue.phrase().equals("on")) {
                    return cast.source() == null ? null : attributed(cast.source().name, clue.rule(), at);
                }
                char gender = clue.phrase().startsWith("elle")
                        ? 'f'
                        : clue.phrase().startsWith("il") || clue.phrase().equals("lui") ? 'm' : '?';
                Cast.Mention antecedent = cast.latestBefore(block, clue.start(), gender);
                if (antecedent == null) {
                    antecedent = cast.nextNamed(block, clue.end(), CATAPHORA_WITHIN, gender);
                }
                if (antecedent == null) {
                    return null;
                }
                cast.mentioned(block, clue.start(), clue.end(), antecedent.person(), true);
                return attributed(
                        antecedent.person().name,
                        clue.rule(),
                        new FoundQuote.Mention(antecedent.block(), antecedent.start(), antecedent.end()));
            }
            case NAME -> {
                Cast.Person person = cast.named(block, clue.start(), clue.end(), clue.phrase(), true);
                if (clue.rule() == Attribution.ACCORDING_TO) {
                    cast.source(person);
                }
                return attributed(person.name, clue.rule(), at);
            }
            default -> {
                if (SAME_SOURCE.matcher(Typography.fold(clue.phrase())).matches() && cast.source() != null) {
                    return attributed(cast.source().name, clue.rule(), at);
                }
                Cast.Person person = cast.find(clue.phrase());
                if (person == null) {
                    person = cast.byRole(clue.phrase());
                }
                if (person == null) {
                    person = anaphora(clue, block, cast);
                }
                if (person == null) {
                    person = cast.role(clue.phrase());
                }
                cast.mentioned(block, clue.start(), clue.end(), person, true);
                if (clue.rule() == Attribution.ACCORDING_TO) {
                    cast.source(person);
                }
                return attributed(person.name, clue.rule(), at);
            }
        }
    }

    /**
     * « le magistrat », « le chef de l’État »: a definite role of a person that no apposition tied to anyone stands
     * for the person last quoted, else last mentioned, in this block or the one before; a short role further on
     * stands for the only person named so far.
     */
    private static Cast.Person anaphora(SpeakerRules.Clue clue, int block, Cast cast) {
        String folded = Typography.fold(clue.phrase());
        if (folded.startsWith("ce ") || folded.startsWith("cet ") || folded.startsWith("cette ")) {
            // « indique ce glaciologue de l’Institut de géographie »: a demonstrative points back, however long
            Cast.Mention latest = cast.latestBefore(block, clue.start(), folded.startsWith("cette ") ? 'f' : 'm');
            return latest != null && latest.person().named && block - latest.block() <= 1 ? latest.person() : null;
        }
        String key = Cast.roleKey(clue.phrase());
        char gender = roleGender(clue.phrase());
        if (gender == '?') { // « l’élu », « l’intéressée »: the noun tells what « l’ » does not
            gender = PersonRoles.genderOf(String.valueOf(Cast.head(key)));
        }
        int words = key.split(" ").length;
        String[] written = clue.phrase().split(" ");
        boolean person = PersonRoles.isPersonRole(String.valueOf(Cast.head(key)))
                || words <= 2 && PersonNames.isDemonymNoun(written[written.length - 1]); // « l’ancien Toulousain »
        if (gender == 0 || words > MAX_ANAPHORA_WORDS || !person) {
            return null;
        }
        Cast.Person speaker = cast.latestSpeaker(block, clue.start(), gender);
        if (speaker != null) {
            return speaker; // « a ajouté le magistrat » after a quote of the prosecutor
        }
        Cast.Mention latest = cast.latestBefore(block, clue.start(), gender);
        if (latest == null || !latest.person().named || block - latest.block() > 1) {
            // « regrette l’éleveur » paragraphs after the only person the article named: it can be no one else
            return words <= 2 ? cast.onlyNamedBefore(block, clue.start(), gender) : null;
        }
        // « la ministre de l’Éducation nationale » is someone in particular, not a union leader just given another role
        return words <= 2 || !latest.person().hasRole ? latest.person() : null;
    }

    /**
     * A quote with no clause of its own, opening its sentence or after words that name nobody ({@link
     * SpeakerRules#leadInNamingNobody}), goes on with the previous speaker's words, when
     * that speaker was quoted in this block or the one before and nobody else was named in between.
     */
    private static FoundQuote continuation(
            FoundQuote previous, int block, QuoteMarks.Span span, SpeakerRules rules, Cast cast) {
        if (previous == null
                || previous.inTitle()
                || rules.isShortName(span) // « « Wemby » comprend l’enthousiasme »: a nickname, not more words
                || block - previous.block() > 1
                || rules.sentenceStart(span.open()) < span.open() && !rules.leadInNamingNobody(span)) {
            return null;
        }
        Cast.Person person = cast.find(previous.speaker());
        if (person != null
                && cast.otherMentionedBetween(person, previous.block(), previous.end(), block, span.open())) {
            return null;
        }
        return attributed(previous.speaker(), Attribution.CONTINUATION, previous.mention());
    }

    /**
     * A quote later in the sentence of a quote with a speaker, tied to it by a clause of that speaker (« a déclaré X,
     * en précisant que «…» mais que «…» », « a-t-il expliqué, assurant avoir répondu «…» »), is that speaker's too,
     * when nobody else is named in between.
     */
    private static FoundQuote sameSentence(
            List<FoundQuote> quotes, int blockStart, QuoteMarks.Span span, SpeakerRules rules, Cast cast) {
        int sentence = rules.sentenceStart(span.open());
        int earliest =
                Math.max(blockStart, quotes.size() - MAX_SAME_SENTENCE_LOOKBACK); // one giant sentence stays linear
        for (int k = quotes.size() - 1; k >= earliest; k--) {
            FoundQuote previous = quotes.get(k);
            if (previous.parent() >= 0) {
                continue;
            }
            if (previous.start() < sentence) {
                return null;
            }
            if (previous.speaker() == null) {
                continue;
            }
            boolean chained = previous.attribution() == Attribution.CONTINUATION;
            if (!chained && !rules.speakersClauseBetween(previous.end(), span.open())) {
                return null;
            }
            Cast.Person person = cast.find(previous.speaker());
            if (person != null
                    && cast.otherMentionedBetween(
                            person, previous.block(), previous.end(), previous.block(), span.open())) {
                return null;
            }
            return attributed(previous.speaker(), Attribution.CONTINUATION, previous.mention());
        }
        return null;
    }

    /**
     * A surname, a first name or a shorter name given before the full name is met (« Cazeneuve » … « Bernard
     * Cazeneuve », « Faustin Touadera » … « Faustin Archange Touadera ») becomes it.
     */
    private static List<FoundQuote> fullNames(List<FoundQuote> quotes, Cast cast) {
        List<FoundQuote> named = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            Cast.Person person = q.speaker() == null ? null : cast.find(q.speaker());
            named.add(person == null ? q : q.withSpeaker(person.name));
        }
        return named;
    }

    /**
     * « affirme le premier ministre luxembourgeois » in the title, « le Premier ministre luxembourgeois Xavier Bettel »
     * in the body: a role speaker that an apposition ties to someone only later in the article is that person.
     */
    private static List<FoundQuote> laterAppositions(List<FoundQuote> quotes, Cast cast) {
        List<FoundQuote> resolved = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            Cast.Person person =
                    q.speaker() == null || cast.find(q.speaker()) != null ? null : cast.byRole(q.speaker());
            resolved.add(person == null ? q : q.withSpeaker(person.name));
        }
        return resolved;
    }

    /**
     * « L’ancien chef de l’État a promis » in an article titled « Sarkozy se défend »: a definite person role that
     * nothing in the text tied to anyone stands for the one person the title names, or the one it quotes.
     */
    private static List<FoundQuote> titlePerson(List<FoundQuote> quotes, String title, Cast cast) {
        Cast.Person subject = null;
        for (Words.Word word : Words.of(title, 0, title.length())) {
            Cast.Person person = word.isCapitalised() ? cast.find(word.raw()) : null;
            if (person != null && person.named && cast.mentionedInBody(person)) {
                if (subject != null && subject != person) {
                    return quotes;
                }
                subject = person;
            }
        }
        String name = subject == null ? titleSpeakerName(quotes) : subject.name;
        if (name == null) {
            return headlineStranger(quotes, cast);
        }
        char gender = subject == null ? '?' : subject.gender;
        List<FoundQuote> resolved = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            boolean unresolvedRole =
                    q.speaker() != null && cast.find(q.speaker()) == null && definitePersonRole(q.speaker(), gender);
            resolved.add(unresolvedRole ? q.withSpeaker(name) : q);
        }
        return resolved;
    }

    /**
     * « « … » assure un restaurateur francilien » as the title, and one named person quoted in the body: the headline
     * keeps for a stranger the person the article names (« Stéphane Manigold, gérant de plusieurs restaurants »).
     */
    private static List<FoundQuote> headlineStranger(List<FoundQuote> quotes, Cast cast) {
        String bodySpeaker = null;
        for (FoundQuote q : quotes) {
            Cast.Person person = q.inTitle() || q.speaker() == null ? null : cast.find(q.speaker());
            if (person != null && person.named) {
                if (bodySpeaker != null && !bodySpeaker.equals(person.name)) {
                    return quotes;
                }
                bodySpeaker = person.name;
            }
        }
        List<FoundQuote> resolved = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            String folded = q.speaker() == null ? "" : Typography.fold(q.speaker());
            boolean stranger = q.inTitle()
                    && (folded.startsWith("un ") || folded.startsWith("une "))
                    && cast.find(q.speaker()) == null;
            resolved.add(stranger && bodySpeaker != null ? q.withSpeaker(bodySpeaker) : q);
        }
        return resolved;
    }

    /** « "Je ne pense qu'à ça", s'enthousiasme Wembanyama » as the title: the one name the title quotes, else null. */
    private static String titleSpeakerName(List<FoundQuote> quotes) {
        String name = null;
        for (FoundQuote q : quotes) {
            if (!q.inTitle()) {
                break;
            }
            String speaker = q.speaker();
            if (speaker == null
                    || !Character.isUpperCase(speaker.codePointAt(0))
                    || (name != null && !name.equals(speaker))) {
                return null;
            }
            name = speaker;
        }
        return name;
    }

    /** « le magistrat », « l’ancien chef de l’État »: a singular definite role whose noun names a person, of a fitting gender. */
    private static boolean definitePersonRole(String phrase, char gender) {
        char determiner = roleGender(phrase);
        String head = Cast.head(Cast.roleKey(phrase));
        return determiner != 0
                && head != null
                && PersonRoles.isPersonRole(head)
                && (determiner == '?' || gender == '?' || determiner == gender);
    }

    /** The gender a singular definite role's determiner tells: 'f', 'm', '?' for « l’ », 0 when it is not one. */
    private static char roleGender(String phrase) {
        String folded = Typography.fold(phrase);
        return folded.startsWith("la ") ? 'f' : folded.startsWith("le ") ? 'm' : folded.startsWith("l'") ? '?' : 0;
    }

    /**
     * « la préfecture » after « l’évacuation de la préfecture des Vosges »: a one-noun role speaking for no named
     * person takes the fullest form the article gives it, as a surname takes the full name.
     */
    private static List<FoundQuote> fullerRoles(List<FoundQuote> quotes, List<String> texts, Cast cast) {
        java.util.Map<String, String> fuller = new java.util.HashMap<>();
        List<FoundQuote> resolved = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            String speaker = q.speaker();
            if (speaker == null
                    || cast.find(speaker) != null
                    || (!fuller.containsKey(speaker) && fuller.size() >= MAX_FULLER_ROLES)) {
                resolved.add(q);
                continue;
            }
            if (!fuller.containsKey(speaker)) {
                fuller.put(speaker, fullerForm(speaker, texts)); // null too: one read of the article per role
            }
            String full = fuller.get(speaker);
            resolved.add(full == null ? q : q.withSpeaker(full));
        }
        return resolved;
    }

    private static String fullerForm(String role, List<String> texts) {
        Matcher one = ONE_NOUN_ROLE.matcher(role);
        if (!one.matches()) {
            return null;
        }
        Pattern complement = Pattern.compile(
                "\\b" + Pattern.quote(one.group(2)) + " ((?:de la |de l'|de l’|des |du |de |d'|d’)"
                        + "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String text : texts) {
            Matcher m = text == null ? null : complement.matcher(text);
            if (m != null && m.find()) {
                return one.group(1) + one.group(2) + " " + m.group(1);
            }
        }
        return null;
    }

    /** Marks the title's quotes, and a quote that is a whole block (a quoted heading), as standing apart from the body. */
    private static void standAlone(
            String text, List<FoundQuote> quotes, int first, boolean title, Set<Integer> standalone) {
        for (int i = first; i < quotes.size(); i++) {
            FoundQuote q = quotes.get(i);
            boolean whole = isWhole(q, text);
            if (title
                    || (whole
                            && q.text().length() <= ArticleText.MAX_HEADING_LENGTH
                            && standalone.size() < MAX_STANDALONE)) {
                standalone.add(i);
            }
        }
    }

    /** True when the quote, with its marks, is all the text of its block or title. */
    private static boolean isWhole(FoundQuote q, String text) {
        return q.start() <= 3
                && q.end() >= text.length() - 3
                && Typography.trim(text.substring(0, q.start())).length() <= 1
                && Typography.trim(text.substring(q.end())).length() <= 2;
    }

    /**
     * One voice in the whole article. When the title quotes it (« … » – un rescapé du séisme) and the body names nobody
     * else, its unattributed speech is that voice's, paragraph after paragraph. When it is a person the article names,
     * the quotes that are a whole title or heading and that nothing attributes are theirs too: an interview's
     * intertitles quote the one person interviewed.
     */
    private static List<FoundQuote> soleVoice(
            List<FoundQuote> quotes, Set<Integer> standalone, List<String> texts, Cast cast) {
        FoundQuote voice = null;
        for (FoundQuote q : quotes) {
            if (q.speaker() != null) {
                if (voice != null && !voice.speaker().equals(q.speaker())) {
                    return quotes;
                }
                voice = voice == null ? q : voice;
            }
        }
        if (voice == null) {
            return quotes;
        }
        Cast.Person person = cast.find(voice.speaker());
        boolean everywhere = voice.inTitle() && cast.namedPeople() <= (person == null ? 0 : 1);
        boolean apart = person != null && person.named;
        List<FoundQuote> voiced = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            FoundQuote q = quotes.get(i);
            boolean speech =
                    q.speaker() == null && q.parent() < 0 && Typography.countWords(q.text()) >= MIN_SPEECH_WORDS;
            String text = texts.get(q.block() + 1);
            boolean heading =
                    standalone.contains(i) && isWhole(q, text) && (q.inTitle() || ArticleText.looksLikeHeading(text));
            boolean voices = speech && (everywhere || apart && heading);
            voiced.add(voices ? q.spokenBy(voice.speaker(), Attribution.CONTINUATION, voice.mention()) : q);
        }
        return voiced;
    }

    /**
     * A title quote or a quote standing alone as a heading takes the speaker of the body quote that repeats it, even
     * when it seemed to continue the paragraph before it.
     */
    private static List<FoundQuote> repeated(List<FoundQuote> quotes, Set<Integer> standalone) {
        List<FoundQuote> finished = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            FoundQuote q = quotes.get(i);
            boolean guessed = q.speaker() == null
                    || q.attribution()
                            == Attribution.CONTINUATION; // a quoted intertitle is not more of the paragraph before
            if (guessed && q.parent() < 0 && standalone.contains(i)) {
                List<String> heading = spelledOut(q.text());
                FoundQuote source = quotes.stream()
                        .filter(o -> o != q
                                && o.speaker() != null
                                && !o.inTitle()
                                && shortens(heading, spelledOut(o.text())))
                        .findFirst()
                        .orElse(null);
                if (source != null) {
                    finished.add(q.spokenBy(source.speaker(), Attribution.REPEATED, source.mention()));
                    continue;
                }
            }
            finished.add(q);
        }
        return finished;
    }

    /**
     * True when a heading's words are the quote's, in order, the heading perhaps leaving some of the quote's out and
     * changing one of its own (« Je n’aurais jamais cru que l’école me manquerait » for « … cru qu’un jour l’école me
     * manquerait »): titles shorten the words they quote.
     */
    private static boolean shortens(List<String> heading, List<String> quote) {
        if (heading.size() > quote.size()) {
            return false;
        }
        int missing = heading.size() >= MIN_REWORDED_HEADING_WORDS ? 1 : 0;
        int k = 0;
        for (String word : heading) {
            int found = quote.subList(k, quote.size()).indexOf(word);
            if (found >= 0) {
                k += found + 1;
            } else if (--missing < 0) {
                return false;
            }
        }
        return true;
    }

    /** A quote's words, folded, with elided words spelt out (« qu’un » is « que un »): what {@link #shortens} compares. */
    private static List<String> spelledOut(String quoted) {
        List<String> words = new ArrayList<>();
        for (Words.Word w : Words.of(quoted, 0, quoted.length())) {
            String elision = w.elision().replace("'", "");
            if (!elision.isEmpty()) {
                words.add(elision + "e"); // qu’ que, l’ le, d’ de, n’ ne, jusqu’ jusque
            }
            if (!w.bare().isEmpty()) {
                words.add(w.bare());
            }
        }
        return words;
    }

    private static FoundQuote attributed(String speaker, Attribution rule, FoundQuote.Mention mention) {
        return new FoundQuote(0, 0, 0, null, -1, speaker, null, null, rule, mention);
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
