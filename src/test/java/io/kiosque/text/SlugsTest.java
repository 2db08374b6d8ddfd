package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Russie - Corée du Nord : Poutine salue une « amitié invincible »|russie-coree-du-nord-poutine-salue-une-amitie-invincible",
                "L’éolien flottant au cœur d’un débat|l-eolien-flottant-au-coeur-d-un-debat",
                "Œuvres d’Ærø : « ça » ?|oeuvres-d-aero-ca",
                "  Déjà   vu !!!  |deja-vu",
                "Straße & Łódź|strasse-lodz",
                "2024|article-2024",
                "« »|article",
                "الخبر|article"
            })
    void shouldFoldTitlesIntoAsciiSlugs(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    @Test
    void shouldCutLongSlugsAtAWordBoundary() {
        String slug = Slugs.of("mot ".repeat(60));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(slug.endsWith("mot"));
    }

    @Test
    void shouldAddSuffixesWithinTheMaximumLength() {
        assertEquals("titre-2", Slugs.withSuffix("titre", 2));
        String longSlug = Slugs.of("mot ".repeat(60));
        String suffixed = Slugs.withSuffix(longSlug, 12);
        assertTrue(suffixed.length() <= Slugs.MAX_LENGTH);
        assertTrue(suffixed.endsWith("-mot-12"));
    }
}
