package io.powermap.privacy;

/**
 * Replaces a name in free text where it stands as a word of its own, in any letter case: "Ann" goes from "met Ann's
 * team" and "ANN said", but stays in "Annual review" and "Joanna". A match counts when neither neighbour continues a word across its edge: a letter, digit
 * or combining mark next to a letter, digit or mark of the name's edge. Scripts written without spaces (Han, kana,
 * Thai, ...) have no word edges to find, so a name that ends in one of them, or a neighbour in one, is always a match:
 * "王伟" goes from "王伟说".
 */
public final class Redaction {

    public static final String ERASED = "[erased]";

    private Redaction() {
    }

    /**
     * {@code text} with every whole-word {@code name}, in any letter case ("ANN", "ann"), replaced by {@link #ERASED};
     * the same instance when there is none.
     */
    public static String redact(String text, String name) {
        if (text == null || name.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int length = name.length();
        for (int at = 0; at + length <= text.length(); at++) {
            if (text.regionMatches(true, at, name, 0, length) && standsAlone(text, name, at, at + length)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, at).append(ERASED);
                copied = at + length;
                at = copied - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether {@code text} holds {@code name} as a word of its own. */
    public static boolean mentions(String text, String name) {
        return text != null && !name.isEmpty() && redact(text, name) != text;
    }

    private static boolean standsAlone(String text, String name, int start, int end) {
        boolean openLeft = start == 0 || !joins(text.codePointBefore(start), name.codePointAt(0));
        boolean openRight = end == text.length() || !joins(name.codePointBefore(name.length()), text.codePointAt(end));
        return openLeft && openRight;
    }

    /** Whether two adjacent characters belong to one word. */
    private static boolean joins(int a, int b) {
        return wordPart(a) && wordPart(b) && spaced(a) && spaced(b);
    }

    private static boolean wordPart(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Written with spaces between words. */
    private static boolean spaced(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> false;
            default -> true;
        };
    }
}
