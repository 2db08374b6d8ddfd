package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTextTest {

    private static final String SEED = "src/main/samples/article-russie-coree-du-nord.txt";

    private static List<BlockType> types(ParsedArticle article) {
        return article.blocks().stream().map(ParsedBlock::type).toList();
    }

    @Test
    void shouldParseTheSeedArticleIntoItsExactStructure() throws IOException {
        ParsedArticle article = ArticleText.parse(Files.readString(Path.of(SEED), StandardCharsets.UTF_8));

        assertEquals("Russie - Corée du Nord : Poutine salue une « amitié invincible »", article.title());
        BlockType p = BlockType.PARAGRAPH;
        assertEquals(List.of(p, p, BlockType.HEADING, p, BlockType.AD, p, BlockType.HEADING, p, p, p), types(article));
        assertEquals(
                "Une coopération militaire revendiquée entre la Russie et la Corée du Nord",
                article.blocks().get(2).text());
        assertEquals(
                "Vladimir Poutine et Kim Jong Un au cœur du rapprochement bilatéral",
                article.blocks().get(6).text());
        assertTrue(article.blocks().get(0).lead());
        assertEquals(1, article.blocks().stream().filter(ParsedBlock::lead).count());
        assertTrue(article.blocks().stream()
                .noneMatch(b -> b.text() != null && b.text().contains("Laisser un commentaire")));
        assertTrue(
                article.blocks().get(1).text().contains("d’« amitié invincible »"),
                "apostrophe and guillemets kept as written");
    }

    @Test
    void shouldTakeTheFirstNonEmptyLineAsTitleEvenWithoutBlankLineAfterIt() {
        ParsedArticle article = ArticleText.parse("\n\n  Titre  \nPremier paragraphe qui suit.\n");
        assertEquals("Titre", article.title());
        assertEquals(
                List.of(ParsedBlock.paragraph("Premier paragraphe qui suit.").asLead()), article.blocks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r", "\n"})
    void shouldAcceptEveryLineEnding(String eol) {
        String text =
                "Titre" + eol + eol + "Un paragraphe" + eol + "sur deux lignes." + eol + eol + eol + "Un autre." + eol;
        ParsedArticle article = ArticleText.parse(text);
        assertEquals(
                List.of("Un paragraphe sur deux lignes.", "Un autre."),
                article.blocks().stream().map(ParsedBlock::text).toList());
    }

    @Test
    void shouldIgnoreALeadingByteOrderMark() {
        assertEquals("Titre", ArticleText.parse("\uFEFFTitre\n\nTexte.").title());
    }

    @Test
    void shouldTreatLinesOfNoBreakSpacesAsBlank() {
        ParsedArticle article = ArticleText.parse("Titre\n\nUn.\n\u00A0\u202F\t\nDeux.");
        assertEquals(2, article.blocks().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Publicité",
                "PUBLICITÉ",
                "  publicité  ",
                "Publicite",
                "\u00A0Publicité\u00A0",
                "Annonce",
                "Contenu sponsorisé",
                "Votre publicité ici avec IMPACT_medias"
            })
    void shouldMarkAnAdSlotWhateverItsCaseAndSpaces(String marker) {
        ParsedArticle article = ArticleText.parse("Titre\n\nAvant.\n\n" + marker + "\n\nAprès.");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.AD, BlockType.PARAGRAPH), types(article));
        assertEquals(null, article.blocks().get(1).text());
    }

    @Test
    void shouldKeepAParagraphThatMerelyMentionsPublicite() {
        ParsedArticle article = ArticleText.parse("Titre\n\nLa publicité en ligne recule.");
        assertEquals(BlockType.PARAGRAPH, article.blocks().get(0).type());
    }

    @Test
    void shouldDropATrailingCallToActionOnlyAtTheEnd() {
        ParsedArticle article =
                ArticleText.parse("Titre\n\nLaisser un commentaire\n\nUn paragraphe.\n\nLaisser un commentaire\n");
        assertEquals(List.of(BlockType.HEADING, BlockType.PARAGRAPH), types(article));
        assertEquals("Laisser un commentaire", article.blocks().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Laisser un commentaire", "LAISSEZ UN COMMENTAIRE", "Réagir", "Laisser un commentaire…"})
    void shouldRecogniseCallsToAction(String cta) {
        assertEquals(1, ArticleText.parse("Titre\n\nTexte.\n\n" + cta).blocks().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Une fin.",
                "Enfin !",
                "Et puis…",
                "Il a dit :",
                "« Jamais. »",
                "“Never.”",
                "Il dit \"oui.\"",
                "— Vraiment ?"
            })
    void shouldNotMakeAHeadingOfALineThatEndsLikeASentence(String line) {
        ParsedArticle article = ArticleText.parse("Titre\n\n" + line + "\n\nSuite du texte.");
        assertEquals(BlockType.PARAGRAPH, article.blocks().get(0).type());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Une alliance ancienne",
                "Kim Jong Un : un allié fidèle",
                "Pourquoi maintenant ? Les raisons d’un choix",
                "Le rôle de l’Armée – et de Moscou"
            })
    void shouldMakeAHeadingOfAShortLineWithoutFinalPunctuation(String line) {
        ParsedArticle article = ArticleText.parse("Titre\n\nIntro.\n\n" + line + "\n\nSuite du texte.");
        assertEquals(BlockType.HEADING, article.blocks().get(1).type());
        assertEquals(line, article.blocks().get(1).text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "« Nous ne lâcherons rien »",
                "« Ils attendent peut-être qu’elle craque pour agir ! »",
                "Que va-t-il se passer maintenant ?",
                "En janvier, \"tout le monde reviendra\""
            })
    void shouldMakeAHeadingOfAQuotedOrQuestioningIntertitle(String line) {
        ParsedArticle article = ArticleText.parse("Titre\n\nIntro.\n\n" + line + "\n\nSuite du texte.");
        assertEquals(BlockType.HEADING, article.blocks().get(1).type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Réagir à cet article", "Voir les commentaires", "Partager", "Commentaires"})
    void shouldCloseTheArticleAtANewsroomCallToAction(String cta) {
        ParsedArticle article = ArticleText.parse("Titre\n\nTexte.\n\n" + cta);
        assertEquals(1, article.blocks().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Connectez-vous à votre compte pour participer à la conversation.",
                "Abonnez-vous pour lire la suite",
                "Suivez-nous sur les réseaux sociaux !"
            })
    void shouldCloseTheArticleAtTheSitesPromptsAndTheCommentHeadingBeforeThem(String prompt) {
        ParsedArticle article = ArticleText.parse("Titre\n\nTexte.\n\nCommentaires\n\n" + prompt);
        assertEquals(List.of(BlockType.PARAGRAPH), types(article));
    }

    @Test
    void shouldKeepAParagraphThatOnlyMentionsSubscribing() {
        ParsedArticle article =
                ArticleText.parse("Titre\n\nTexte.\n\nLes lecteurs se sont abonnés en masse après l’enquête.");
        assertEquals(2, article.blocks().size());
    }

    @Test
    void shouldKeepAShortFinalLineAsAParagraph() {
        ParsedArticle article = ArticleText.parse("Titre\n\nIntro.\n\nAffaire à suivre\n\nPublicité");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.AD), types(article));
    }

    @Test
    void shouldNotMakeAHeadingOfALongLine() {
        String longLine =
                "Une ligne très longue sans ponctuation finale ".repeat(4).trim();
        assertTrue(longLine.length() > ArticleText.MAX_HEADING_LENGTH);
        ParsedArticle article = ArticleText.parse("Titre\n\n" + longLine + "\n\nSuite.");
        assertEquals(BlockType.PARAGRAPH, article.blocks().get(0).type());
    }

    @Test
    void shouldMarkOnlyTheFirstParagraphAsLeadEvenAfterAHeading() {
        ParsedArticle article = ArticleText.parse("Titre\n\nChapeau manquant\n\nPremier.\n\nSecond.");
        assertEquals(
                List.of(false, true, false),
                article.blocks().stream().map(ParsedBlock::lead).toList());
    }

    @Test
    void shouldKeepTypographyExactlyAndNormaliseToNfc() {
        String decomposed = "Cre\u0301dit";
        ParsedArticle article = ArticleText.parse(
                "Titre\n\nIl parle d’une «\u202Famitié\u202F» et d’un «\u00A0lien\u00A0» – " + decomposed + ".");
        String text = article.blocks().get(0).text();
        assertEquals("Il parle d’une «\u202Famitié\u202F» et d’un «\u00A0lien\u00A0» – Crédit.", text);
    }

    @Test
    void shouldRemoveControlCharactersButKeepTabs() {
        ParsedArticle article = ArticleText.parse("Titre\u0007\n\nUn\u0000 texte\tici.");
        assertEquals("Titre", article.title());
        assertEquals("Un texte\tici.", article.blocks().get(0).text());
    }

    @Test
    void shouldNeverLoseOrMergeBlocks() {
        ParsedArticle article = ArticleText.parse("Titre\n\nUn.\n\nDeux.\n\n\n\nTrois.\n \nQuatre.");
        assertEquals(
                List.of("Un.", "Deux.", "Trois.", "Quatre."),
                article.blocks().stream().map(ParsedBlock::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\t\n", "\uFEFF", "\u00A0\u202F"})
    void shouldRefuseEmptyText(String text) {
        ArticleTextException e = assertThrows(ArticleTextException.class, () -> ArticleText.parse(text));
        assertEquals(ArticleTextException.Reason.EMPTY, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Un titre seul", "Un titre\n\nPublicité", "Un titre\n\nLaisser un commentaire"})
    void shouldRefuseATitleWithNoBody(String text) {
        ArticleTextException e = assertThrows(ArticleTextException.class, () -> ArticleText.parse(text));
        assertEquals(ArticleTextException.Reason.NO_BODY, e.reason());
        assertTrue(e.getMessage().contains("no paragraph"));
    }

    @Test
    void shouldExportInTheSameConventions() {
        List<ParsedBlock> blocks = List.of(
                ParsedBlock.paragraph("Un.").asLead(),
                ParsedBlock.heading("Intertitre"),
                ParsedBlock.ad(),
                ParsedBlock.paragraph("Deux."));
        String text = ArticleText.export("Titre", blocks);
        assertEquals("Titre\n\nUn.\n\nIntertitre\n\nPublicité\n\nDeux.\n", text);
        assertEquals(new ParsedArticle("Titre", blocks), ArticleText.parse(text));
    }

    @Test
    void shouldRoundTripTheSeedArticle() throws IOException {
        ParsedArticle seed = ArticleText.parse(Files.readString(Path.of(SEED), StandardCharsets.UTF_8));
        assertEquals(seed, ArticleText.parse(ArticleText.export(seed.title(), seed.blocks())));
    }

    @Test
    void shouldTellHeadingsFromSentences() {
        assertTrue(ArticleText.looksLikeHeading("Un intertitre"));
        assertFalse(ArticleText.looksLikeHeading("Une phrase."));
        assertFalse(ArticleText.looksLikeHeading("Publicité"));
        assertFalse(ArticleText.looksLikeHeading("   "));
    }
}
