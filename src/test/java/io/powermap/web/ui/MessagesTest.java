package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every UI text is in the message files, in all three languages: the keys the code and the page use
 * exist in en, zh and ru, and the three files hold the same keys with non-empty values.
 */
class MessagesTest {

    private static final Path WEB = Path.of("web");
    private static final Pattern CALL = Pattern.compile("\\bt\\(\\s*'([A-Za-z0-9_.]+)'");
    private static final Pattern ATTR = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");
    private static final Pattern KEY_ARG = Pattern.compile("'((?:analysis|filters|focus|paths|legend|card|person|stance|tie|deal)\\.[A-Za-z]+)'");

    private static Set<String> keys(String lang) throws IOException {
        JsonNode json = Http.JSON.readTree(WEB.resolve("i18n/" + lang + ".json").toFile());
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            assertTrue(!json.get(k).asText().isBlank(), lang + ": empty message " + k);
            out.add(k);
        }
        return out;
    }

    @Test
    void allLanguagesHaveTheSameKeys() throws IOException {
        Set<String> en = keys("en");
        assertEquals(en, keys("zh"));
        assertEquals(en, keys("ru"));
    }

    @Test
    void everyKeyTheUiUsesExists() throws IOException {
        Set<String> en = keys("en");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(WEB.resolve("js"))) {
            for (Path f : files.toList()) {
                String src = Files.readString(f);
                for (Pattern p : new Pattern[] {CALL, KEY_ARG}) {
                    Matcher m = p.matcher(src);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (String page : new String[] {"index.html", "login.html"}) {
            Matcher m = ATTR.matcher(Files.readString(WEB.resolve(page)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.removeIf(k -> !k.contains(".") || k.endsWith("."));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(en);
        assertTrue(used.size() > 150, "found only " + used.size() + " keys: " + used);
        assertTrue(missing.isEmpty(), "keys used but not in en.json: " + missing);
        // Enum groups the encoding and panels label by value.
        for (String group : new String[] {"role", "stance", "kind", "rank", "orgKind", "stage", "orgLevel", "customerClass", "priority", "criterion", "strength"}) {
            assertTrue(en.contains(group + ".NONE"), group + ".NONE");
        }
    }
}
