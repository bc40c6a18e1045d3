package io.powermap.domain;

/**
 * Which Unicode code points text may hold. Stored text is refused when it contains a noncharacter
 * (U+FDD0..U+FDEF and every code point ending in FFFE or FFFF: reserved for a program's internal use,
 * never for interchange); the writers of XML and XHTML (GraphML, the report and brief PDFs) in addition
 * leave out whatever XML 1.0 does not allow, so text stored before a rule existed cannot break them.
 */
public final class Text {

    private Text() {}

    /** U+FDD0..U+FDEF, and U+xxFFFE / U+xxFFFF in every plane. */
    public static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE && cp <= Character.MAX_CODE_POINT;
    }

    /** The first noncharacter of {@code s}, or -1. */
    public static int firstNoncharacter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isNoncharacter(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** XML 1.0 {@code Char}: tab, line feed, carriage return, U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF. */
    public static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= Character.MAX_CODE_POINT);
    }
}
