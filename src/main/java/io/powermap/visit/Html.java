package io.powermap.visit;

import io.powermap.domain.Text;

/**
 * Escapes text for HTML and XHTML element content and quoted attribute values. The result is always
 * well-formed XML 1.0 text, whatever the input (the PDF renderer parses it as XML): control characters
 * become a space, and lone surrogates and U+FFFE / U+FFFF become U+FFFD.
 */
public final class Html {

    private Html() {}

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' ');
                    } else if (!Text.isXmlChar(c)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
