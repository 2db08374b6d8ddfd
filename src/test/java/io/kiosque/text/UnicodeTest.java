package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnicodeTest {

    @Test
    void shouldFindUnpairedSurrogatesAndNoncharacters() {
        assertEquals(-1, Unicode.firstForbidden("Une « amitié » 😀 \uFFFD \uFEFF"));
        assertEquals(1, Unicode.firstForbidden("a\uD800b"));
        assertEquals(1, Unicode.firstForbidden("a\uDC00\uD800"));
        assertEquals(3, Unicode.firstForbidden("😀a\uD83D"));
        for (int noncharacter : new int[] {0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF}) {
            assertEquals(
                    2,
                    Unicode.firstForbidden("ab" + Character.toString(noncharacter)),
                    Unicode.codePointName(noncharacter));
        }
        assertEquals(-1, Unicode.firstForbidden("\uFDCF\uFDF0"));
        assertEquals("U+FFFF at character 2, a noncharacter", Unicode.describeForbidden("ab\uFFFF", 2));
        assertTrue(
                Unicode.describeForbidden("a\uD800", 1).startsWith("U+D800 at character 1, half of a surrogate pair"));
    }

    @Test
    void shouldDropInvisibleCharactersButNotTheJoinersOfAnEmoji() {
        assertEquals("connard", Unicode.withoutInvisible("con\u200Bna\u00ADr\u2060d\u200D\u200E\u3164\u034F"));
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String rainbowFlag = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
        String scotland = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
        assertEquals(family + rainbowFlag + scotland, Unicode.withoutInvisible(family + rainbowFlag + scotland));
        assertEquals(
                "ab", Unicode.withoutInvisible("a\uDB40\uDC67\uDB40\uDC7Fb"), "tags outside a flag are hidden text");
        assertEquals("a\uD83D\uDE00", Unicode.withoutInvisible("a\u200D\uD83D\uDE00\u200D"));
    }

    @Test
    void shouldTellTextThatShowsNothing() {
        assertFalse(Unicode.hasVisibleText(""));
        assertFalse(Unicode.hasVisibleText(" \u00A0\u202F\u200B\u00AD\u2060\u3164\uFE0F\u0301\t\n"));
        assertTrue(Unicode.hasVisibleText("\u200B.\u200B"));
        assertTrue(Unicode.hasVisibleText("😀"));
    }

    @Test
    void shouldKeepOnlyWhatXmlAllows() {
        assertEquals(
                "a\tb\nc « d » 😀 \uFDCF",
                Unicode.xmlSafe("a\tb\nc\u0000\u0001\u007F\u0085 « d » 😀 \uD800\uFFFE\uFFFF\uFDD0\uFDCF"));
    }

    @Test
    void shouldFoldAwayInvisibleCharactersForMatching() {
        assertEquals("connard", Typography.fold("Con\u200Bn\u00ADar\u2060d"));
        assertEquals("ab", Typography.fold("a\uDB40\uDC67b"));
    }
}
