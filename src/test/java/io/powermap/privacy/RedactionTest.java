package io.powermap.privacy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionTest {

    @Test
    void replacesTheNameWhereItStandsAsAWord() {
        assertEquals("met [erased]'s team; [erased] (CTO) said no.", Redaction.redact("met Ann's team; Ann (CTO) said no.", "Ann"));
        assertEquals("[erased]", Redaction.redact("Ann", "Ann"));
        assertEquals("[erased],[erased]", Redaction.redact("Ann,Ann", "Ann"));
        assertEquals("ask [erased]-[erased] first", Redaction.redact("ask Ann-Ann first", "Ann"));
        assertEquals("Deputy to [erased]", Redaction.redact("Deputy to Ольга Смирнова", "Ольга Смирнова"));
    }

    @Test
    void leavesLongerWordsAlone() {
        String text = "Annual review with Joanna, Annika and ANNA; Hannah too";
        assertSame(text, Redaction.redact(text, "Ann"));
        assertFalse(Redaction.mentions(text, "Ann"));
        assertEquals("Annual review, then [erased]", Redaction.redact("Annual review, then Ann", "Ann"));
        assertEquals("Ann2 and [erased]", Redaction.redact("Ann2 and Ann", "Ann"), "a digit continues the word");
        assertEquals("[erased] Wei, not Lisa or Julie", Redaction.redact("Li Wei, not Lisa or Julie", "Li"));
    }

    @Test
    void anyLetterCase() {
        assertEquals("[erased] said [erased] and [erased]", Redaction.redact("ANN said ann and Ann", "Ann"));
        assertEquals("[erased] одобрила", Redaction.redact("ОЛЬГА СМИРНОВА одобрила", "Ольга Смирнова"));
    }

    @Test
    void aCombiningMarkContinuesTheWord() {
        String decomposed = "Zoe\u0301 is not Zoe";
        assertEquals("Zoe\u0301 is not [erased]", Redaction.redact(decomposed, "Zoe"));
    }

    @Test
    void scriptsWithoutSpacesMatchInsideRunningText() {
        assertEquals("[erased]说预算由董事会定", Redaction.redact("王伟说预算由董事会定", "王伟"));
        assertEquals("与[erased]和[erased]开会", Redaction.redact("与王伟和王伟开会", "王伟"));
        assertEquals("田中さんは[erased]の上司", Redaction.redact("田中さんは佐藤の上司", "佐藤"));
        assertEquals("met [erased]了", Redaction.redact("met Wang了", "Wang"), "a Han neighbour ends a Latin name");
        assertTrue(Redaction.mentions("我见了Ann", "Ann"));
    }

    @Test
    void namesWithPunctuationAtTheirEdges() {
        assertEquals("via [erased] (advisor)", Redaction.redact("via J. Smith (advisor)", "J. Smith"));
        assertEquals("[erased]'s office", Redaction.redact("O'Neil's office", "O'Neil"));
        assertEquals("Smith-[erased]", Redaction.redact("Smith-O'Neil", "O'Neil"));
    }

    @Test
    void nothingToDo() {
        assertEquals(null, Redaction.redact(null, "Ann"));
        assertSame("text", Redaction.redact("text", ""));
        assertFalse(Redaction.mentions(null, "Ann"));
        assertFalse(Redaction.mentions("Ann", ""));
    }

    @Test
    void surrogatePairsAtTheEdges() {
        assertEquals("𝒜 [erased] 😀", Redaction.redact("𝒜 Ann 😀", "Ann"));
        assertEquals("𝒜Ann", Redaction.redact("𝒜Ann", "Ann"), "a mathematical letter continues the word");
    }
}
