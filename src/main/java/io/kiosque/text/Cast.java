package io.kiosque.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The people of one article, in reading order: each named in full once, then met again by surname, first name,
 * {@code M.}/{@code Mme} + surname, a role given in apposition ({@code Jean Dupont, le maire,} makes « le maire »
 * him), or a pronoun. Lookups are hash maps and binary searches, so an article with 100 000 names stays linear.
 */
final class Cast {

    /** A person, known by the fullest name the article gives. */
    static final class Person {
        /** The fullest name met so far. */
        String name;
        /** False for a role or group that speaks with no name given. */
        boolean named = true;
        /** True once an apposition gave them a role. */
        boolean hasRole;
        /** 'f', 'm' or '?' when the article does not say. */
        char gender = '?';
        /** True once the article shows this is a person: a known given name, a role beside it, or words reported. */
        boolean surelySomeone;

        Person(String name) {
            this.name = name;
        }
    }

    /** Where a person (or a role standing for no named person) is mentioned. */
    record Mention(int block, int start, int end, Person person, boolean speaker) {}

    /** « M. », « Mme », « Me »…, and « M.Chouvalov » where the space was lost: a title, not part of the name. */
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "^(?:(?:M|Mme|Mlle|Me|Dr|Pr|Mgr)\\.?\\s+|(?:M|Mme|Me|Dr|Pr)\\.(?=\\p{Lu}))");

    /** Mentions looked back at within one sentence, at most: a sentence of 100 000 names stays linear. */
    private static final int MAX_SENTENCE_MENTIONS = 20;
    /** How far back in a sentence its subject is looked for, at most: a giant sentence is read in bounded windows. */
    private static final int MAX_SENTENCE_LOOKBACK = 400;

    private static final Set<String> ROLE_MODIFIERS = Set.of(
            "ancien",
            "ancienne",
            "ex",
            "nouveau",
            "nouvel",
            "nouvelle",
            "jeune",
            "premier",
            "premiere",
            "actuel",
            "actuelle",
            "futur",
            "future",
            "celebre",
            "vice");

    /** The article's texts, the title first: where its sentences end. */
    private final java.util.List<String> texts;

    private final Map<String, Person> byName = new HashMap<>();
    private final Map<String, Person> byAlias = new HashMap<>();
    private final Map<String, Person> byRole = new HashMap<>();
    private final Map<String, Person> roles = new HashMap<>();
    /** Who « on » and « la même source » stand for, once the article named its source (« selon X », « auprès de X »). */
    private Person source;
    /** Mentions in reading order, keyed by block and offset. */
    private final java.util.TreeMap<Long, Mention> mentions = new java.util.TreeMap<>();

    /** @param texts the title, then each block's text (null for an ad slot) */
    Cast(java.util.List<String> texts) {
        this.texts = texts;
    }

    /**
     * A name met in the text, as {@link PersonNames} or a rule found it (a lone word only when the text presents it as
     * someone: « Lucrézia, 85 ans, », « raconte Paul »): the person it is an alias of, else a new person.
     */
    Person named(int block, int start, int end, String name, boolean speaker) {
        Person person = find(name);
        if (person == null) {
            String folded = foldedName(name);
            String[] parts = folded.split(" ");
            person = shorterNameOf(parts);
            if (person != null) {
                person.name = withoutHonorific(
                        Typography.trim(name)); // « Wembanyama » quoted first, « Victor Wembanyama » named later
            } else {
                person = new Person(withoutHonorific(Typography.trim(name)));
            }
            person.surelySomeone |= parts.length == 1 || PersonNames.isFirstName(parts[0]);
            if (person.gender == '?') {
                person.gender = PersonNames.genderOf(parts[0]);
            }
            byName.put(folded, person);
            byAlias.putIfAbsent(parts[parts.length - 1], person);
            byAlias.putIfAbsent(parts[0], person);
            if (parts.length > 2) {
                byAlias.putIfAbsent(parts[0] + " " + parts[parts.length - 1], person); // « Faustin Touadera »
            }
            for (int i = 1; i < parts.length - 1; i++) { // « Le Maire » of « Bruno Le Maire »
                byAlias.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length)), person);
            }
        }
        if (honorific(name).equals("mme")) {
            person.gender = 'f';
        } else if (honorific(name).equals("m")) {
            person.gender = 'm';
        }
        person.surelySomeone |= speaker;
        add(new Mention(block, start, end, person, speaker));
        return person;
    }

    /**
     * The person known so far by a shorter form that this full name completes: one word (« Wembanyama »), or the
     * first and last names without the middle ones (« Faustin Touadera » for « Faustin Archange Touadera »); or null.
     */
    private Person shorterNameOf(String[] parts) {
        if (parts.length < 2) {
            return null;
        }
        String firstAndLast = parts.length > 2 ? parts[0] + " " + parts[parts.length - 1] : null;
        for (String shorter : new String[] {parts[parts.length - 1], parts[0], firstAndLast}) {
            Person known = shorter == null ? null : byName.get(shorter);
            if (known != null && foldedName(known.name).split(" ").length < parts.length) {
                return known;
            }
        }
        return null;
    }

    /** A mention of someone already known (a speaker reached through a pronoun or a role). */
    void mentioned(int block, int start, int end, Person person, boolean speaker) {
        add(new Mention(block, start, end, person, speaker));
    }

    /** An apposition: this role names this person from now on. */
    void link(Person person, String role) {
        String folded = roleKey(role);
        if (folded.isEmpty()) {
            return;
        }
        byRole.put(folded, person);
        person.hasRole = true;
        String head = head(folded);
        person.surelySomeone |= head != null && PersonRoles.isPersonRole(head);
        if (head != null) {
            byRole.put(head, person);
        }
        String determiner = Typography.fold(role).split(" ")[0];
        if (person.gender == '?' && (determiner.equals("la") || determiner.equals("une"))) {
            person.gender = 'f';
        } else if (person.gender == '?' && (determiner.equals("le") || determiner.equals("un"))) {
            person.gender = 'm';
        }
    }

    /** A role or group that speaks with no name given (« la juge », « les pompiers »): one entry per role. */
    Person role(String role) {
        String key = roleKey(role);
        return roles.computeIfAbsent(key.isEmpty() ? role : key, k -> {
            Person person = new Person(Typography.trim(role));
            person.named = false;
            return person;
        });
    }

    /** The person a name stands for: the full name, or an alias of someone named in full before. */
    Person find(String name) {
        String folded = foldedName(name);
        Person person = byName.get(folded);
        return person != null ? person : byAlias.get(folded);
    }

    /**
     * The person a role stands for when an apposition tied them, else null: the role as written, or its noun alone
     * when it says no more (« le maire » is the mayor just named; « le maire de Sluis » is not the mayor of Hulst).
     */
    Person byRole(String role) {
        String folded = roleKey(role);
        Person person = byRole.get(folded);
        String head = head(folded);
        if (person == null && head != null && !COMPLEMENT.matcher(folded).find()) {
            person = byRole.get(head);
        }
        return person;
    }

    private static final java.util.regex.Pattern COMPLEMENT =
            java.util.regex.Pattern.compile(" (de|du|des|d') ?\\p{L}");

    /**
     * Who a third-person pronoun at this place points to: the latest speaker earlier in the same block (the
     * press keeps quoting the same person: « Selon elle, … »), else the latest person mentioned before, of the
     * pronoun's gender when the article tells, preferring someone the article shows to be a person over capitalised
     * words that may name a thing (« le prochain All-Star Game »).
     */
    Mention latestBefore(int block, int position, char gender) {
        Mention sameBlockSpeaker = null;
        Mention latest = null;
        Mention latestSomeone = null;
        int seen = 0;
        for (Mention m :
                mentions.headMap(key(block, position), false).descendingMap().values()) {
            if (++seen > 200) {
                break;
            }
            boolean fits = gender == '?' || m.person().gender == '?' || m.person().gender == gender;
            if (!fits) {
                continue;
            }
            if (latest == null) {
                latest = m;
            }
            if (latestSomeone == null && (m.person().surelySomeone || !m.person().named)) {
                latestSomeone = m;
            }
            if (m.block() != block && latestSomeone != null) {
                break;
            }
            if (m.block() != block) {
                continue;
            }
            if (m.speaker()) {
                sameBlockSpeaker = m;
                break;
            }
        }
        if (sameBlockSpeaker != null) {
            return sameBlockSpeaker;
        }
        return latestSomeone != null ? subjectOfSentence(latestSomeone, gender) : latest;
    }

    /**
     * The first person of fitting gender named in the sentence of this mention: the sentence's subject, whom French
     * copy goes on to call « il » or « elle » (« Le maire Jean Dupont a rencontré le préfet Paul Martin. « … »,
     * a-t-il dit » is the mayor).
     */
    private Mention subjectOfSentence(Mention latest, char gender) {
        String text = texts.get(latest.block() + 1);
        Mention first = latest;
        int seen = 0;
        for (Mention m : mentions.subMap(key(latest.block(), 0), true, key(latest.block(), latest.start()), false)
                .descendingMap()
                .values()) {
            if (++seen > MAX_SENTENCE_MENTIONS
                    || latest.start() - m.end() > MAX_SENTENCE_LOOKBACK
                    || endsSentenceBetween(text, m.end(), first.start())) {
                break;
            }
            boolean fits = gender == '?' || m.person().gender == '?' || m.person().gender == gender;
            if (fits && m.person().named && m.person().surelySomeone) {
                first = m;
            }
        }
        return first;
    }

    /** True when a sentence ends between these places: « . », « ! » or « ? » then a space, not after an initial (« M. »). */
    private static boolean endsSentenceBetween(String text, int from, int to) {
        for (int i = Math.max(from, 1); i < to - 1 && i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?')
                    && Typography.isSpace(text.charAt(i + 1))
                    && !(c == '.'
                            && Character.isUpperCase(text.charAt(i - 1))
                            && (i < 2 || !Character.isLetter(text.charAt(i - 2))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first person named after this place in the same block, within {@code within} characters, of this gender
     * when known: whom a pronoun with nobody before it announces (« S’il se dit « prêt », Patrick Martin pose… »).
     */
    Mention nextNamed(int block, int position, int within, char gender) {
        for (Mention m : mentions.subMap(key(block, position), key(block, position + within))
                .values()) {
            Person p = m.person();
            if (p.named && p.surelySomeone && (gender == '?' || p.gender == '?' || p.gender == gender)) {
                return m;
            }
        }
        return null;
    }

    /** The latest named person quoted before this place, in this block or the one before, of this gender when known; or null. */
    Person latestSpeaker(int block, int position, char gender) {
        int seen = 0;
        for (Mention m :
                mentions.headMap(key(block, position), false).descendingMap().values()) {
            if (++seen > 200 || block - m.block() > 1) {
                return null;
            }
            Person p = m.person();
            if (m.speaker() && p.named && (gender == '?' || p.gender == '?' || p.gender == gender)) {
                return p;
            }
        }
        return null;
    }

    /** The one named person mentioned before this place, of this gender when known; null when there are none or several. */
    Person onlyNamedBefore(int block, int position, char gender) {
        Person only = null;
        int seen = 0;
        for (Mention m :
                mentions.headMap(key(block, position), false).descendingMap().values()) {
            if (++seen > 200) {
                return null; // a long article has more than one person: no need to read it all
            }
            Person p = m.person();
            if (p.named && p != only && (gender == '?' || p.gender == '?' || p.gender == gender)) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /** How many people the article names (roles and groups without a name are not counted). */
    int namedPeople() {
        return byName.size();
    }

    Person source() {
        return source;
    }

    void source(Person person) {
        source = person;
    }

    /** True when the person is mentioned after the title: a name only the title gives (« Attentats de Paris ») may be no one. */
    boolean mentionedInBody(Person person) {
        return mentions.tailMap(key(0, 0)).values().stream().anyMatch(m -> m.person() == person);
    }

    /** True when someone other than this person, surely a person, is mentioned between the two places. */
    boolean otherMentionedBetween(Person person, int fromBlock, int fromPosition, int block, int position) {
        long from = key(fromBlock, fromPosition + 1);
        long to = key(block, position);
        if (from >= to) {
            return false;
        }
        for (Mention m : mentions.subMap(from, to).values()) {
            if (m.person() != person && (m.person().surelySomeone || !m.person().named)) {
                return true; // « Managing Partner chez Serena Capital »: capitalised words may name a thing
            }
        }
        return false;
    }

    private void add(Mention mention) {
        mentions.put(key(mention.block(), mention.start()), mention);
    }

    private static long key(int block, int position) {
        return ((long) (block + 1) << 32) | position;
    }

    private static String honorific(String name) {
        String first = Typography.fold(Typography.trim(name)).split(" ")[0];
        return first.replace(".", "");
    }

    /** Folded, without an honorific in front: « M. Le Maire » gives « le maire ». */
    private static String foldedName(String name) {
        return Typography.fold(withoutHonorific(Typography.trim(name)));
    }

    /** « Me Jean Roux » gives « Jean Roux », « Mme Morvan » « Morvan »: the name without the title before it. */
    static String withoutHonorific(String name) {
        return HONORIFIC.matcher(name).replaceFirst("");
    }

    /** A role folded without its determiner: « la ministre de la Culture » gives « ministre de la culture ». */
    static String roleKey(String role) {
        return Typography.fold(Typography.trim(role))
                .replaceFirst("^(le |la |les |l'|un |une |son |sa |leur |cet |cette |ce )", "")
                .strip();
    }

    /** The noun a role is about: « ancien ministre de l'intérieur » gives « ministre ». */
    static String head(String folded) {
        for (String word : folded.split("[ ']")) {
            String noun = word.startsWith("ex-")
                    ? word.substring(3)
                    : word; // « porte-parole » is one noun, « ex-ministre » is « ministre »
            if (!noun.isEmpty() && !ROLE_MODIFIERS.contains(noun)) {
                return noun;
            }
        }
        return null;
    }
}
