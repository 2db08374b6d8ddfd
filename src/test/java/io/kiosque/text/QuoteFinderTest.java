package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteFinderTest {

    private static List<FoundQuote> inParagraph(String paragraph) {
        return QuoteFinder.find("Titre", List.of(paragraph), "fr");
    }

    private static FoundQuote only(String paragraph) {
        List<FoundQuote> quotes = inParagraph(paragraph);
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "« Nous tiendrons bon jusqu’au bout »",
                "«\u00A0Nous tiendrons bon jusqu’au bout\u00A0»",
                "«\u202FNous tiendrons bon jusqu’au bout\u202F»",
                "«Nous tiendrons bon jusqu’au bout»"
            })
    void shouldFindGuillemetsWhateverTheSpacesInside(String quoted) {
        FoundQuote quote = only(quoted + ", a déclaré Anne Le Guen.");
        assertEquals("Nous tiendrons bon jusqu’au bout", quote.text());
        assertEquals("Anne Le Guen", quote.speaker());
        assertEquals(QuoteKind.SPEECH, quote.kind());
    }

    @Test
    void shouldPointOffsetsAtTheInnerTextInUtf16Units() {
        String paragraph = "🇫🇷 Il a dit «\u00A0bonjour 👋🏽 à tous\u00A0» hier.";
        FoundQuote quote = only(paragraph);
        assertEquals("bonjour 👋🏽 à tous", paragraph.substring(quote.start(), quote.end()));
        assertEquals(paragraph.indexOf("bonjour"), quote.start());
    }

    @Test
    void shouldKeepNestedQuotesAsChildrenWithoutCuttingTheOuterOne() {
        List<FoundQuote> quotes =
                inParagraph("« Il criait “au secours” et ‹ à l’aide ›, et « vite » », a témoigné Karim Benali.");
        assertEquals(4, quotes.size());
        assertEquals(
                "Il criait “au secours” et ‹ à l’aide ›, et « vite »",
                quotes.get(0).text());
        assertEquals(-1, quotes.get(0).parent());
        assertEquals(
                List.of("au secours", "à l’aide", "vite"),
                quotes.subList(1, 4).stream().map(FoundQuote::text).toList());
        assertTrue(quotes.subList(1, 4).stream().allMatch(q -> q.parent() == 0));
        assertEquals("Karim Benali", quotes.get(0).speaker());
        assertNull(quotes.get(1).speaker());
    }

    @Test
    void shouldFindEnglishAndStraightQuotes() {
        List<FoundQuote> quotes = inParagraph(
                "“We will win this”, said Lindsay Redmond. \"On n’a rien lâché\", a réagi l’entraîneur Habib Beye au micro.");
        assertEquals("We will win this", quotes.get(0).text());
        assertEquals("en", quotes.get(0).language());
        assertEquals("Lindsay Redmond", quotes.get(0).speaker());
        assertEquals("On n’a rien lâché", quotes.get(1).text());
        assertEquals("Habib Beye", quotes.get(1).speaker());
        assertEquals("fr", quotes.get(1).language());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Il a lu « Pas de paysans, pas de pain. Puis il est parti.",
                "Un texte » isolé.",
                "« « Deux ouvrants » seulement.",
                "Des “guillemets « croisés ” ici ».",
                "\"Trois \"guillemets droits\" ici."
            })
    void shouldSurviveUnbalancedMarksWithoutSwallowingText(String paragraph) {
        List<FoundQuote> quotes = inParagraph(paragraph);
        for (FoundQuote q : quotes) {
            assertEquals(q.text(), paragraph.substring(q.start(), q.end()));
            assertTrue(
                    q.text().length() < paragraph.length() - 2, "a quote never swallows the whole text: " + q.text());
        }
    }

    @Test
    void shouldSkipAnUnclosedQuoteAndKeepTheNextOne() {
        List<FoundQuote> quotes =
                inParagraph("On lisait « Pas de pain. Plus loin, « La porte est ouverte », a assuré son entourage.");
        assertEquals(1, quotes.size());
        assertEquals("La porte est ouverte", quotes.get(0).text());
        assertEquals(-1, quotes.get(0).parent());
        assertEquals("son entourage", quotes.get(0).speaker());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "« Nous ne céderons pas », estime le préfet du Bas-Rhin lors d’un point presse.|le préfet du Bas-Rhin",
                "« Nous ne céderons pas », regrette Anne Le Guen, déléguée syndicale.|Anne Le Guen",
                "« Nous ne céderons pas », selon Anne Le Guen.|Anne Le Guen",
                "Anne Le Guen a déclaré : « Nous ne céderons pas. »|Anne Le Guen",
                "Le comité des pêches estime que « nous ne céderons pas ».|le comité des pêches",
                "Son président, Arnaud Rousseau, juge que « nous ne céderons pas ».|Arnaud Rousseau",
                "Selon le négociateur André Corrêa do Lago, « nous ne céderons pas ».|André Corrêa do Lago",
                "Une version que rejette Kaja Kallas, qui rappelle que « nous ne céderons pas ».|Kaja Kallas",
                "Comme le disait mon père, « il faut savoir partir avant qu’on vous pousse ».|mon père",
                "La direction dénonce une grève « incompréhensible ».|la direction",
                "« Nous ne céderons pas », a déclaré la ministre de la Culture, Rachida Dati, lors d’une visite.|Rachida Dati",
                "« La grève, c’est l’affaire de tous », comme le rappelait un militant.|un militant",
                "« La grève, c’est l’affaire de tous », comme l’a rappelé Anne Le Guen.|Anne Le Guen",
                "« On recommence en janvier, il ne faut pas lâcher », poursuit de son côté un manifestant.|un manifestant",
                "« On recommence en janvier, il ne faut pas lâcher », se questionne Anne Le Guen.|Anne Le Guen",
                "Jean-Guy WALLEMME (entraîneur de Lens, victoire 2-0 contre Amiens) : « On a mis un pressing surréaliste. »|Jean-Guy WALLEMME",
                "« Des logements populaires et de qualité, j’insiste sur le et », a déclaré Anne Le Guen.|Anne Le Guen"
            })
    void shouldNameTheSpeakerFromTheReportingClause(String paragraph, String speaker) {
        assertEquals(speaker, only(paragraph).speaker());
    }

    @Test
    void shouldResolvePronounsToThePersonJustNamed() {
        List<FoundQuote> quotes = inParagraph(
                "À Erstein, Jeanne Muller, 78 ans, a dû partir. « L’eau est montée en vingt minutes », raconte-t-elle. "
                        + "Selon elle, « personne n’avait prévenu les habitants ».");
        assertEquals("Jeanne Muller", quotes.get(0).speaker());
        assertEquals("Jeanne Muller", quotes.get(1).speaker());
    }

    @Test
    void shouldCarryASpeakerToTheNextParagraphAndExpandSurnames() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Poutine salue une « amitié invincible »",
                List.of("Vladimir Poutine a écrit à Kim Jong Un.", "« Nos liens sont solides », a-t-il ajouté."),
                "fr");
        assertEquals("Vladimir Poutine", quotes.get(0).speaker());
        assertEquals(QuoteKind.SPEECH, quotes.get(0).kind());
        assertEquals(-1, quotes.get(0).block());
        assertEquals(
                "Vladimir Poutine",
                quotes.get(1).speaker(),
                "the person the article quotes, who wrote, rather than the one written to");
    }

    @Test
    void shouldNeverNameAFirstPersonPronounAsSpeaker() {
        List<FoundQuote> quotes = inParagraph("« Je reste », ai-je dit. Je déclare « jamais de la vie ».");
        assertEquals(2, quotes.size());
        assertTrue(quotes.stream().allMatch(q -> q.speaker() == null), quotes.toString());
    }

    @Test
    void shouldCallShortUnattributedQuotesTerms() {
        List<FoundQuote> quotes =
                inParagraph("L’association « Mer Vivante » a annoncé un recours contre le projet « Rade vivante ».");
        assertEquals(
                List.of(QuoteKind.TERM, QuoteKind.TERM),
                quotes.stream().map(FoundQuote::kind).toList());
        assertTrue(quotes.stream().allMatch(q -> q.speaker() == null));
    }

    @Test
    void shouldGiveATitleQuoteTheSpeakerOfTheBodyQuoteThatRepeatsIt() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Procès : « Personne ne venait »",
                List.of("« Personne ne venait, c’était horrible », a témoigné Karim Benali."),
                "fr");
        assertEquals("Karim Benali", quotes.get(0).speaker());
    }

    @Test
    void shouldIgnoreAdSlotsAndEmptyQuotes() {
        assertTrue(QuoteFinder.find("Titre « »", java.util.Arrays.asList(null, "Rien « » ici."), "fr")
                .isEmpty());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "« Nous ne lâcherons rien, confie Marie Dubois. C’est notre combat. »|Marie Dubois|INCISE",
                "« On n’a rien vu venir » raconte Paul Martin.|Paul Martin|VERB_AFTER",
                "La ministre Claire Morvan a affiché sa confiance : « Je suis fière de notre bilan ».|Claire Morvan|COLON",
                "Selon les pompiers, « le feu a pris vers trois heures du matin ».|les pompiers|ACCORDING_TO",
                "Cet habitué a « fait ce parcours à de nombreuses reprises » selon les gendarmes, puis a disparu."
                        + "|les gendarmes|ACCORDING_TO",
                "« Le marché ne craint plus le virus », remarque Christopher Dembik, économiste.|Christopher Dembik|VERB_AFTER",
                "Le mis en examen a déclaré : « Je n’étais pas sur place ce soir-là ».|le mis en examen|VERB_BEFORE"
            })
    void shouldNameTheRuleThatFoundTheSpeaker(String paragraph, String speaker, Attribution rule) {
        FoundQuote quote = inParagraph(paragraph).get(0);
        assertEquals(speaker, quote.speaker());
        assertEquals(rule, quote.attribution());
        assertEquals(
                speaker,
                paragraph
                        .substring(quote.mention().start(), quote.mention().end())
                        .replace("Les", "les")
                        .replace("Le ", "le "));
    }

    @Test
    void shouldResolveSurnamesRolesAndPronounsToTheFullName() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Bruno Le Maire, ministre de l’Économie, a présenté son plan mardi.",
                        "« Nous tiendrons les comptes », a assuré Le Maire.",
                        "« La croissance reviendra », a ajouté le ministre.",
                        "Il va plus loin : « Les impôts ne monteront pas cette année. »"),
                "fr");
        assertEquals(
                List.of("Bruno Le Maire", "Bruno Le Maire", "Bruno Le Maire"),
                quotes.stream().map(FoundQuote::speaker).toList());
        FoundQuote.Mention role = quotes.get(1).mention();
        assertEquals(
                "le ministre",
                List.of("", "", "« La croissance reviendra », a ajouté le ministre.")
                        .get(role.block())
                        .substring(role.start(), role.end()));
    }

    @Test
    void shouldContinueTheSpeakerOfTheParagraphBeforeWhenAQuoteHasNoClause() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "« Le chantier a pris deux ans de retard », regrette Anne Le Guen, présidente de l’association.",
                        "« Personne ne nous a écoutés pendant la concertation publique. »"),
                "fr");
        assertEquals("Anne Le Guen", quotes.get(1).speaker());
        assertEquals(Attribution.CONTINUATION, quotes.get(1).attribution());
    }

    @Test
    void shouldNotContinueWhenSomeoneElseWasNamedInBetween() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "« Le chantier a pris deux ans de retard », regrette Anne Le Guen.",
                        "Le maire, Jean Caradec, n’a pas souhaité répondre.",
                        "« Personne ne nous a écoutés pendant la concertation publique. »"),
                "fr");
        assertNull(quotes.get(1).speaker());
    }

    @Test
    void shouldLeaveEnglishCopyWithoutAWrongSpeaker() {
        List<FoundQuote> quotes = inParagraph(
                "The minister was clear: \"We will not raise taxes this year\", she told reporters on Monday.");
        assertTrue(
                quotes.get(0).speaker() == null || quotes.get(0).speaker().equals("The minister"), quotes.toString());
    }

    @Test
    void shouldGiveTheSpeakerTheLaterQuotesOfTheirOwnSentence() {
        List<FoundQuote> quotes = inParagraph(
                "« Le budget sera tenu », a déclaré Anne Le Guen, en précisant que « les travaux commencent » "
                        + "mais que « rien n’est signé », refusant d’évoquer « un retard ».");
        assertEquals(
                List.of("Anne Le Guen", "Anne Le Guen", "Anne Le Guen", "Anne Le Guen"),
                quotes.stream().map(FoundQuote::speaker).toList());
        assertEquals(Attribution.CONTINUATION, quotes.get(1).attribution());
    }

    @Test
    void shouldNotGiveTheSpeakerAScareQuoteOfAnotherClause() {
        List<FoundQuote> quotes = inParagraph(
                "« Le budget sera tenu », a déclaré Anne Le Guen. Le projet « Horizon » attend son permis.");
        assertNull(quotes.get(1).speaker());
    }

    @Test
    void shouldNameTheSpeakerWhoOpensTheNextSentence() {
        FoundQuote quote = inParagraph(
                        "« Je finirai mon mandat avec cette école ». Soulagé, Jean Caradec, le maire, sait que tout reste fragile.")
                .get(0);
        assertEquals("Jean Caradec", quote.speaker());
    }

    @Test
    void shouldResolveAnUnboundRoleToThePersonTheTitleNames() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Caradec se défend",
                List.of(
                        "Jean Caradec a été entendu mardi par les juges.",
                        "L’audience a duré quatre heures.",
                        "Le procès reprendra en mars.",
                        "L’ancien maire a promis qu’il « ferait triompher la vérité sur ce dossier »."),
                "fr");
        assertEquals("Jean Caradec", quotes.get(0).speaker());
    }

    @Test
    void shouldTakeTheSourceTheArticleNamedForOnAndTheSameSource() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Un incendie a touché l’usine de Lorient, a-t-on appris auprès de la gendarmerie du Morbihan.",
                        "Le feu, qui a duré « une vingtaine de minutes », a été maîtrisé, a indiqué la même source.",
                        "« Personne n’a été blessé », a-t-on ajouté."),
                "fr");
        assertEquals(
                List.of("la gendarmerie du Morbihan", "la gendarmerie du Morbihan"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldLeaveAnOnWithoutANamedSourceUnattributed() {
        assertNull(only("« Personne n’a été blessé », a-t-on ajouté.").speaker());
    }

    @Test
    void shouldReadDitBeforeATermAsSoCalled() {
        assertNull(only("Il estime que ce type de véhicules dit « fantômes » devrait être réservé aux autoroutes.")
                .speaker());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a medium or a people's adjective is left out of the name; a third name unknown here is kept
                "« Nous tiendrons les délais », commente pour Radio Cité Martial Vonlanthen, porte-parole de la police.|Martial Vonlanthen",
                "« Nous tiendrons les délais », a dit le Premier ministre Belge Charles Delvaux.|Charles Delvaux",
                "« La route sera rouverte », a affirmé Mamoudou Sidi Traoré.|Mamoudou Sidi Traoré",
                // a noun and « de » before a name are not part of it
                "Entrevue de Nick Tremblay : « C’était plaisant de jouer pour nos partisans. »|Nick Tremblay",
                // a given name alone names a person
                "« On ferme les volets dès ce soir », explique Hélène, gérante d’une épicerie du port.|Hélène",
                // before a colon: an institution speaks; a verb after « de » has no subject
                "La préfecture a publié un communiqué dimanche : « La baignade reste interdite. »|la préfecture",
                "Difficile d’échanger avec ses profs, Léon viendra avec ses questions : « Qu’il nous explique tout. »|Léon",
                // a partial quote inside a sentence whose subject is a person
                "Marc Lavoie s’est engagé à prendre des mesures « strictes » contre les gangs.|Marc Lavoie"
            })
    void shouldNameTheSpeakerAsTheParagraphDoes(String paragraph, String speaker) {
        assertEquals(speaker, only(paragraph).speaker());
    }

    @Test
    void shouldResolveARoleInTheTitleToThePersonTheBodyLaterTiesItTo() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "« Nous ne céderons pas » affirme la ministre belge",
                List.of(
                        "La réunion a eu lieu jeudi à Bruxelles.",
                        "Selon la ministre belge Annelies Verstraete, le texte sera voté en mars."),
                "fr");
        assertEquals("Annelies Verstraete", quotes.get(0).speaker());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Paul Gendreau est épuisé après trois nuits de veille dans sa bergerie.|Paul Gendreau",
                "Paul Gendreau et Marc Lebrun ont perdu des brebis.|l’éleveur"
            })
    void shouldResolveAShortRoleToTheOnlyPersonNamedParagraphsBeforeAndNotToOneOfSeveral(String first, String speaker) {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        first,
                        "Les patous n’ont rien pu faire.",
                        "Le village attend une décision de la préfecture.",
                        "« On ne dort plus », soupire l’éleveur."),
                "fr");
        assertEquals(speaker, quotes.get(0).speaker());
    }

    @Test
    void shouldResolveARoleToTheNameTheTitleQuotes() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "« Je ne pense qu’à ça », s’enthousiasme Ndiaye",
                List.of("« J’attends ce match avec impatience », a confié le meneur des Lions, interrogé mardi."),
                "fr");
        assertEquals(
                List.of("Ndiaye", "Ndiaye"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldReadPorteParoleAsOnePersonRole() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Issa Kaboré était à Bobo-Dioulasso lundi.",
                        "« Le calme est revenu », a déclaré le porte-parole du gouvernement."),
                "fr");
        assertEquals("Issa Kaboré", quotes.get(0).speaker());
    }

    @Test
    void shouldGiveATitleTheSpeakerOfTheBodyQuoteItShortens() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "« Je n’aurais jamais cru que le lycée me manquerait » : la rentrée",
                List.of("Léon Marchal l’avoue : « Je n’aurais jamais cru qu’un jour le lycée me manquerait. »"),
                "fr");
        assertEquals(
                List.of("Léon Marchal", "Léon Marchal"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldGiveAQuotedIntertitleTheSpeakerOfTheBodyQuoteRatherThanThePreviousSpeaker() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Léon Marchal l’avoue : « Je suis content d’y retourner. »",
                        "« Les enfants ont besoin de se dire au revoir »",
                        "Finir l’année est primordial pour Denis Bertrand, directeur d’école : « Les enfants ont besoin de se dire au revoir. »"),
                "fr");
        assertEquals(
                List.of("Léon Marchal", "Denis Bertrand", "Denis Bertrand"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldReadASurnameSetApartByCommasAsTheSubject() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Joan Pradell a été réélu dimanche.",
                        "Pradell, à la tête du club depuis deux ans, a tenu à souligner le « jeu de haut niveau » de l’équipe."),
                "fr");
        assertEquals("Joan Pradell", quotes.get(0).speaker());
    }

    @Test
    void shouldGiveAQuoteStandingAsASentenceToWhomTheSentenceBeforeReported() {
        List<FoundQuote> quotes =
                inParagraph("Sur les risques, Marc Lavoie reconnaît que beaucoup d’entreprises exagèrent. "
                        + "« C’est la phase d’euphorie, typique des débuts d’une technologie. »");
        assertEquals("Marc Lavoie", quotes.get(0).speaker());
    }

    @Test
    void shouldReadANameOrRoleAfterADashEndingTheTitleAsItsSigner() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Inondations : « L’eau est montée en dix minutes » - une habitante de Redon",
                List.of("Elle se souvient de cette nuit. « On a tout perdu dans la cave, les papiers, les photos. »"),
                "fr");
        assertEquals(
                List.of("une habitante de Redon", "une habitante de Redon"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldNotGiveTheTitleSignerTheWordsOfAnArticleThatNamesOthers() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Inondations : « L’eau est montée en dix minutes » - une habitante de Redon",
                List.of(
                        "Le maire Hervé Cadiou a visité le quartier.",
                        "« On a tout perdu dans la cave, les papiers, les photos. »"),
                "fr");
        assertNull(quotes.get(1).speaker());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Marc Lavoie a qualifié le terme « siège » d’exagéré hier.",
                "Impressionné, Marc Lavoie lui donne un surnom repris par tous : le « Napoléon du football ».",
                "Après trois mois d’enfermement, cette rentrée devrait permettre de retrouver un cadre : « On pourra se revoir. »"
            })
    void shouldGiveNoSpeakerToAWordNamedANicknameOrTheWordsAfterAThingsClause(String paragraph) {
        assertNull(only(paragraph).speaker());
    }

    @Test
    void shouldReadAnInvertedPronounAfterAQuoteAsAnInciseWhateverTheVerb() {
        List<FoundQuote> quotes = inParagraph(
                "Marc Lavoie a joué lundi. « Je sais que tout le public me soutient ce soir », a-t-il souri.");
        assertEquals("Marc Lavoie", quotes.get(0).speaker());
    }

    @Test
    void shouldResolveALaterRoleToThePersonWhoseWordsTheArticleReportedRatherThanToTheLastNamed() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Le ministre, Issa Kaboré, a indiqué que la route était rouverte pour Paul Zongo et les siens.",
                        "« Le calme est revenu », a déclaré le porte-parole adjoint du gouvernement."),
                "fr");
        assertEquals("Issa Kaboré", quotes.get(0).speaker());
    }

    @Test
    void shouldEndTheSentenceAfterAQuoteThatEndsItsOwn() {
        List<FoundQuote> quotes = inParagraph(
                "Me Jean Roux apostrophe le témoin : « Vous êtes meilleur que le plus rusé des avocats… » "
                        + "Une remarque qui fait bondir Paul Lemaire, le président de la cour : « Ce n’est pas une raison pour l’interrompre ! »");
        assertEquals(
                List.of("Jean Roux", "Paul Lemaire"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldContinueThePreviousSpeakerAfterAColonWhoseClauseNamesNobody() {
        List<FoundQuote> quotes = inParagraph("Privé d’école, Ulysse l’avoue : « Je suis content d’y retourner ». "
                + "Cette rentrée devrait permettre de retrouver un cadre : « On pourra se voir entre potes ».");
        assertEquals(
                List.of("Ulysse", "Ulysse"),
                quotes.stream().map(FoundQuote::speaker).toList());
        assertEquals(Attribution.CONTINUATION, quotes.get(1).attribution());
    }

    @Test
    void shouldNotContinueThePreviousSpeakerAfterAColonWhoseClauseNamesSomeoneElse() {
        List<FoundQuote> quotes = inParagraph("Privé d’école, Ulysse l’avoue : « Je suis content d’y retourner ». "
                + "Sa mère, elle, le voit autrement : « Il va falloir se lever tôt ».");
        assertEquals("Ulysse", quotes.get(0).speaker());
        assertTrue(!"Ulysse".equals(quotes.get(1).speaker()), quotes.get(1).toString());
    }

    @Test
    void shouldTakeALoneWordSetBesideAnAgeAsSomeonesGivenNameAndResolveALaterRoleToIt() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Lucrézia, 85 ans, est une des victimes de la bande.",
                        "« Ils m’ont pris mes deux colliers », explique l’octogénaire.",
                        "Lorsque Lucrézia reprend ses esprits, un voisin la secourt. « Je ne pouvais plus parler. »"),
                "fr");
        assertEquals(
                List.of("Lucrézia", "Lucrézia"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldNotTakeAPlaceBeforeADefiniteRoleForSomeonesName() {
        FoundQuote quote =
                only("Après les attaques de Bamako, le ministre a dénoncé « les forces hostiles à la paix ».");
        assertEquals("le ministre", quote.speaker());
    }

    @Test
    void shouldSkipTheSceneSettingPhraseBeforeTheSubject() {
        FoundQuote quote = only("Sur France Bleu Paris, Stéphane Manigold, gérant de restaurants, se dit "
                + "« prêt à aller à la guerre mais avec un autre général ».");
        assertEquals("Stéphane Manigold", quote.speaker());
    }

    @Test
    void shouldGiveAnInterviewsQuotedHeadingsToItsOneVoice() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Bruno Le Maire : « Je veillerai à ce que les prix restent acceptables »",
                List.of(
                        "Notre reporter Rémy Buisine a interrogé Bruno Le Maire sur les prix.",
                        "« Les volumes sont moins importants, le coût de transport est plus élevé »",
                        "Je constate que le prix des produits alimentaires a augmenté."),
                "fr");
        assertEquals(
                List.of("Bruno Le Maire", "Bruno Le Maire"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldLeaveAQuotedHeadingUnattributedWhenTheArticleQuotesSeveralVoices() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "La concertation a duré deux ans.",
                        "« Personne ne sait ce qui va se passer demain »",
                        "« Nous tiendrons bon jusqu’au bout », a déclaré Anne Le Guen.",
                        "« Rien ne change pour nous », estime Paul Martin."),
                "fr");
        assertNull(quotes.get(0).speaker());
    }

    @Test
    void shouldResolveADemonstrativeRoleToThePersonJustNamedHoweverLong() {
        FoundQuote quote =
                only("Mauro Fischer est monté au Sex Rouge. Une « intervention urgente », indique ce glaciologue "
                        + "de l’Institut de géographie de l’Université de Berne.");
        assertEquals("Mauro Fischer", quote.speaker());
    }

    @Test
    void shouldGiveAHeadlinesStrangerTheOnePersonTheBodyQuotes() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "« Tant que ce virus ne sera pas vaincu, nous ne rouvrirons pas » assure un restaurateur francilien",
                List.of(
                        "Sur France Bleu Paris, Stéphane Manigold, gérant de restaurants, se dit « prêt à la guerre »."),
                "fr");
        assertEquals(
                List.of("Stéphane Manigold", "Stéphane Manigold"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldPointAPronounAtThePersonQuotedRatherThanAtAnEventsCapitalisedName() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "« J’attends ça avec impatience », a déclaré Wembanyama.",
                        "Le public le soutient au vote pour le prochain All-Star Game.",
                        "« Ça me fait plaisir de voir tous ces votes », a-t-il souri."),
                "fr");
        assertEquals(
                List.of("Wembanyama", "Wembanyama"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldGiveASurnameQuotedFirstTheFullNameMetLater() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "« Je ne pense qu’à ça », s’enthousiasme Wembanyama",
                List.of("Victor Wembanyama a joué lundi. « On était frais aujourd’hui », a-t-il dit."),
                "fr");
        assertEquals(
                List.of("Victor Wembanyama", "Victor Wembanyama"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @Test
    void shouldGiveAQuoteThatOpensItsSentenceToThePersonTheSentenceBeforeIsAbout() {
        List<FoundQuote> quotes = QuoteFinder.find(
                "Titre",
                List.of(
                        "Le préfet Jérôme Filippini a demandé aux habitants de rester chez eux.",
                        "Marguerite Maillot habite Saint-Denis depuis 54 ans. Elle a aussi prévu des réserves d’eau. "
                                + "« J’ai rempli ça comme réserve, on a de quoi boire »."),
                "fr");
        assertEquals("Marguerite Maillot", quotes.get(0).speaker());
        assertEquals(Attribution.CONTINUATION, quotes.get(0).attribution());
    }

    @Test
    void shouldNotGiveAQuoteToTheSentenceBeforeWhenItIsAboutNobody() {
        FoundQuote quote =
                only("La Réunion devrait être placée en alerte rouge. « Il faudra tenir plusieurs jours sans eau ».");
        assertNull(quote.speaker());
    }

    @Test
    void shouldContinueThePreviousSpeakerAfterALeadInWithNoVerbAndNobodyNamed() {
        List<FoundQuote> quotes = inParagraph(
                "« L’enjeu est qu’elles grandissent », explique Xavier Lorphelin, associé chez "
                        + "Serena Capital. Pour cela, « il faut que les grands groupes parient sur les technologies françaises ».");
        assertEquals(
                List.of("Xavier Lorphelin", "Xavier Lorphelin"),
                quotes.stream().map(FoundQuote::speaker).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "La référence à une amitié « invincible » marque une volonté de continuité.",
                "« Wemby » comprend l’enthousiasme du public français."
            })
    void shouldNotContinueThePreviousSpeakerIntoATermOrANickname(String sentence) {
        List<FoundQuote> quotes = inParagraph("« Nos liens sont solides », a déclaré Vladimir Poutine. " + sentence);
        assertNull(quotes.get(1).speaker());
    }
}
