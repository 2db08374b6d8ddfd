package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void shouldTreatNoBreakSpacesAsSpaces() {
        assertTrue(Typography.isSpace('\u00A0'));
        assertTrue(Typography.isSpace('\u202F'));
        assertEquals("x", Typography.trim("\u00A0\u202F x \t\u00A0"));
    }

    @Test
    void shouldFoldAccentsCaseLigaturesAndApostrophes() {
        assertEquals("coeur d'etat coree", Typography.fold("Cœur d’État\u00A0Corée"));
    }

    @Test
    void shouldCountWordsWithFrenchElisionsAndNumbers() {
        assertEquals(5, Typography.countWords("L’amitié « invincible » de 2024, dit-il"));
        assertEquals(3, Typography.countWords("a - b c"));
        assertEquals(0, Typography.countWords("« — »"));
        assertEquals(0, Typography.countWords(null));
    }

    @Test
    void shouldNormaliseToNfcAndDropControls() {
        assertEquals("é\tà\n", Typography.clean("e\u0301\u0000\t\u0007a\u0300\n"));
    }
}
