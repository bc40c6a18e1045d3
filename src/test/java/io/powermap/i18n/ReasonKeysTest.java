package io.powermap.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reason clause ({@link Why}) is in every server bundle and every web message file, with exactly
 * its placeholders, and every enum value a placeholder can name has a label on both sides.
 */
class ReasonKeysTest {

    private static final List<String> LANGS = List.of("en", "zh", "ru");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+(?::\\w+)?)}");
    /** The enum each placeholder group labels; REPORTS_TO stands for the formal line in evidence. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "stance", names(Stance.values()), "role", names(DecisionRole.values()), "rank", names(Rank.values()),
            "kind", Stream.concat(names(InfluenceKind.values()).stream(), Stream.of("REPORTS_TO")).toList());

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonKeysTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyClauseIsInEveryBundleAndMessageFileWithItsPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGS) {
            Properties server = bundle("reasons_" + lang);
            Properties brief = bundle("brief_" + lang);
            JsonNode web = Http.JSON.readTree(Path.of("web/i18n/" + lang + ".json").toFile());
            for (Why why : Why.values()) {
                Set<String> expected = new TreeSet<>(why.placeholders());
                String s = server.getProperty(why.key());
                String w = web.path(why.key()).asText(null);
                if (s == null || !placeholders(s).equals(expected)) {
                    problems.add("reasons_" + lang + ".properties " + why.key() + " = " + s + ", expected " + expected);
                }
                if (w == null || !placeholders(w).equals(expected)) {
                    problems.add("web/i18n/" + lang + ".json " + why.key() + " = " + w + ", expected " + expected);
                }
            }
            for (String glue : Why.GLUE) {
                if (server.getProperty(glue) == null || !web.has(glue)) {
                    problems.add(lang + ": " + glue);
                }
            }
            for (var group : GROUPS.entrySet()) {
                for (String value : group.getValue()) {
                    String key = group.getKey() + "." + value;
                    if (!server.containsKey(key) && !brief.containsKey(key)) {
                        problems.add("server " + lang + ": no label " + key);
                    }
                    if (!web.has(key)) {
                        problems.add("web " + lang + ": no label " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // Every group a placeholder names is one the test knows.
        for (Why why : Why.values()) {
            for (String p : why.placeholders()) {
                assertTrue(!p.contains(":") || GROUPS.containsKey(p.split(":")[1]), why + " " + p);
            }
        }
    }

    @Test
    void theServerSaysAClauseInEachLanguage() {
        List<Reason> why = List.of(
                Reason.of(Why.HIDDEN_OFF_CHART, "name", "Farid Rahimov"),
                Reason.of(Why.HIDDEN_DIRECT, "target", "Rafael Mendes", "kind", InfluenceKind.ADVICE),
                Reason.of(Why.HIDDEN_PERCENTILES, "decision", 83L, "formal", 3L),
                Reason.of(Why.BLOCKER_SWAYS, "names", List.of("王建国", "Виктор Соколов")),
                Reason.of(Why.BROKER_ROUTES, "name", "Ann", "pct", 12.5));
        assertEquals("Farid Rahimov is not on the org chart; yet Rafael Mendes listens to them directly (advice); "
                + "decision influence above 83% of the others in the account, formal power above only 3%; sways 王建国, Виктор Соколов; "
                + "Ann lies on 12.5% of the strongest influence routes between others.", ReasonText.of("en").sentence(why));
        assertEquals("Farid Rahimov不在组织架构图上；但Rafael Mendes直接听取其意见（咨询关系）；决策影响力高于客户中83%的其他人，正式职权仅高于3%；"
                + "影响王建国、Виктор Соколов；Ann位于他人之间12.5%的最强影响路径上。", ReasonText.of("zh").sentence(why));
        String ru = ReasonText.of("ru").sentence(why);
        assertTrue(ru.startsWith("Farid Rahimov: нет в оргструктуре; но Rafael Mendes прислушивается напрямую (советы); "), ru);
        assertTrue(ru.endsWith("Ann: на 12,5% сильнейших путей влияния между другими."), ru);
        assertEquals("", ReasonText.of("en").sentence(List.of()));
    }

    @Test
    void aClauseTakesExactlyItsArguments() {
        assertThrows(IllegalArgumentException.class, () -> Reason.of(Why.HIDDEN_OFF_CHART));
        assertThrows(IllegalArgumentException.class, () -> Reason.of(Why.HIDDEN_OFF_CHART, "who", "Ann"));
        Reason r = Reason.of(Why.PROPOSAL_STANCE, "stance", Stance.OPPOSED, "gap", 4);
        assertEquals(Map.of("stance", "OPPOSED", "gap", 4), r.args());
        assertFalse(ReasonText.of("zh").clause(r).contains("OPPOSED"), ReasonText.of("zh").clause(r));
    }
}
