package io.powermap.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.i18n.Reason;
import io.powermap.i18n.ReasonText;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Checks on served reasons: structured, English {@code reason} from the same clauses, no English in zh/ru. */
public final class Reasons {

    private Reasons() {}

    public static List<Reason> of(JsonNode why) {
        return Http.JSON.convertValue(why, new TypeReference<List<Reason>>() {});
    }

    /**
     * {@code why} is non-empty, says {@code english} in English, and in zh and ru has no Latin word left
     * once the names (string arguments) are taken out. Returns the number of clauses checked.
     */
    public static int assertTranslated(JsonNode why, String english) {
        List<Reason> clauses = of(why);
        assertFalse(clauses.isEmpty(), "no why for " + english);
        assertEquals(english, ReasonText.of("en").sentence(clauses));
        for (String lang : List.of("zh", "ru")) {
            String text = withoutNames(ReasonText.of(lang).sentence(clauses), clauses);
            assertFalse(text.matches("(?s).*[A-Za-z]{2,}.*"), lang + ": English left in " + text);
        }
        return clauses.size();
    }

    public static String withoutNames(String text, List<Reason> clauses) {
        List<String> names = new ArrayList<>();
        for (Reason r : clauses) {
            for (Object v : r.args().values()) {
                if (v instanceof String s) {
                    names.add(s);
                } else if (v instanceof List<?> list) {
                    list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
                }
            }
        }
        names.sort((a, b) -> b.length() - a.length());
        for (String n : names) {
            text = text.replace(n, "");
        }
        return text;
    }

    /** The English wording of every clause, without its placeholders: none may show in a zh or ru page. */
    public static List<String> englishFragments() {
        Properties en = new Properties();
        try (InputStream in = Reasons.class.getResourceAsStream("/i18n/reasons_en.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("reason.")) {
                for (String part : en.getProperty(key).split("\\{[^}]*}")) {
                    String f = part.replaceAll("^[\\s(),:;.%]+|[\\s(),:;.%]+$", "");
                    if (f.contains(" ")) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }
}
