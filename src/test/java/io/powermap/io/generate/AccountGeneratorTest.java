package io.powermap.io.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The account most tests look at: big enough for the statistical claims, small enough to parse fast. */
    private static final GeneratorSpec MEDIUM = GeneratorSpec.of(3_000, 30_000, 7);
    private static byte[] mediumBytes;
    private static JsonNode medium;
    private static Account mediumAccount;

    @BeforeAll
    static void generateMedium() throws IOException {
        mediumBytes = bytes(MEDIUM);
        medium = JSON.readTree(mediumBytes);
        mediumAccount = new Account(medium);
    }

    static byte[] bytes(GeneratorSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AccountGenerator(spec).writeTo(out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void sameSpecGivesIdenticalBytes() throws IOException {
        byte[] again = bytes(MEDIUM);
        assertArrayEquals(mediumBytes, again, "same seed must give byte-identical output");

        StringWriter w = new StringWriter();
        new AccountGenerator(MEDIUM).writeTo(w);
        assertArrayEquals(mediumBytes, w.toString().getBytes(StandardCharsets.UTF_8), "Writer and OutputStream output differ");
    }

    @Test
    void differentSeedGivesDifferentAccount() throws IOException {
        GeneratorSpec other = GeneratorSpec.of(MEDIUM.people(), MEDIUM.ties(), MEDIUM.seed() + 1);
        JsonNode doc = JSON.readTree(bytes(other));
        assertFalse(Arrays.equals(mediumBytes, bytes(other)));
        // not just a renamed copy: the tie lists differ
        assertFalse(doc.get("influences").equals(medium.get("influences")), "ties should depend on the seed");
        assertFalse(doc.get("people").equals(medium.get("people")), "people should depend on the seed");
    }

    @Test
    void exportedAtIsFixedAndDatesAreNotNow() {
        assertEquals("2026-11-01T00:00:00Z", medium.get("exportedAt").asText());
        // every date in the file is derived from exportedAt: no date after 2028 or before 2004
        List<String> dates = new ArrayList<>();
        medium.get("knows").forEach(k -> dates.add(k.get("lastContact").asText()));
        medium.get("interactions").forEach(k -> dates.add(k.get("date").asText()));
        medium.get("influences").forEach(t -> {
            if (t.has("since")) {
                dates.add(t.get("since").asText());
            }
        });
        assertFalse(dates.isEmpty());
        for (String d : dates) {
            assertTrue(d.compareTo("2004-12-31") > 0 && d.compareTo("2028-12-31") < 0, d);
        }
        medium.get("knows").forEach(k -> assertTrue(k.get("lastContact").asText().compareTo("2026-11-01") < 0));
    }

    // ------------------------------------------------------------------ counts and validity

    @Test
    void exactCountsAndFormatRulesAcrossSizes() throws IOException {
        List<GeneratorSpec> specs = List.of(
                GeneratorSpec.of(20, 0, 1),
                GeneratorSpec.of(20, 380, 2),            // the densest feasible account: every ordered pair
                GeneratorSpec.of(61, 700, 3),
                GeneratorSpec.of(777, 5_000, 4),
                new GeneratorSpec(150, 1_200, 5, 2, 0, 0, 0, 0, 0));
        for (GeneratorSpec spec : specs) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AccountGenerator.Summary summary = new AccountGenerator(spec).writeTo(out);
            JsonNode doc = JSON.readTree(out.toByteArray());
            assertEquals(List.of(), FormatChecker.check(doc), "format errors for " + spec);
            assertCounts(spec, doc);
            assertEquals(spec.ties(), summary.ties());
            assertEquals(doc.get("orgs").size(), summary.orgs());
            assertEquals(doc.get("knows").size(), summary.knows());
            assertEquals(doc.get("owns").size(), summary.owns());
            assertEquals(doc.get("alignments").size(), summary.alignments());
        }
    }

    @Test
    void mediumAccountFollowsEveryFormatRule() {
        assertEquals(List.of(), FormatChecker.check(medium));
        assertCounts(MEDIUM, medium);
    }

    /** Guards the guard: the checker used above does catch each kind of violation. */
    @Test
    void formatCheckerCatchesBrokenDocuments() throws IOException {
        JsonNode small = JSON.readTree(bytes(GeneratorSpec.of(40, 200, 9)));
        assertEquals(List.of(), FormatChecker.check(small));

        List<java.util.function.Consumer<ObjectNode>> breakers = List.of(
                d -> ((ObjectNode) d.get("influences").get(0)).put("to", d.get("influences").get(0).get("from").asText()),
                d -> ((ArrayNode) d.get("influences")).add(d.get("influences").get(0).deepCopy()),
                d -> ((ObjectNode) d.get("influences").get(0)).put("strength", 4),
                d -> ((ObjectNode) d.get("influences").get(0)).put("confidence", 0.25),
                d -> ((ObjectNode) d.get("people").get(0)).put("reportsTo", lastReportee(d)),
                d -> ((ObjectNode) d.get("people").get(3)).put("rank", "INTERN"),
                d -> ((ObjectNode) d.get("people").get(3)).putArray("orgIds"),
                d -> ((ObjectNode) d.get("people").get(3)).put("salary", 1),
                d -> ((ObjectNode) d.get("orgs").get(0)).put("parentId", d.get("orgs").get(2).get("id").asText()),
                d -> ((ObjectNode) d.get("orgs").get(1)).put("id", d.get("orgs").get(0).get("id").asText()),
                d -> ((ObjectNode) d.get("staff").get(1)).put("email", d.get("staff").get(0).get("email").asText()),
                d -> ((ObjectNode) d.get("owns").get(0)).put("targetId", "nobody"),
                d -> d.put("extra", 1),
                d -> {
                    ObjectNode a = (ObjectNode) d.get("actions").get(0);
                    a.put("kind", "GIFT");
                    a.put("complianceRisk", "NONE");
                });
        for (int b = 0; b < breakers.size(); b++) {
            ObjectNode broken = small.deepCopy();
            breakers.get(b).accept(broken);
            assertFalse(FormatChecker.check(broken).isEmpty(), "breaker " + b + " went unnoticed");
        }
    }

    /** A team member: their line runs up to the CEO and the chairman, so pointing the chairman at them closes a cycle. */
    private static String lastReportee(JsonNode d) {
        JsonNode people = d.get("people");
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).get("rank").asText().equals("STAFF")) {
                return people.get(i).get("id").asText();
            }
        }
        throw new AssertionError("no team member");
    }

    private static void assertCounts(GeneratorSpec spec, JsonNode doc) {
        assertEquals(spec.people(), doc.get("people").size(), "people");
        assertEquals(spec.ties(), doc.get("influences").size(), "influences");
        assertEquals(spec.staff(), doc.get("staff").size(), "staff");
        assertEquals(spec.competitors(), doc.get("competitors").size(), "competitors");
        assertEquals(spec.opportunities(), doc.get("opportunities").size(), "opportunities");
        assertEquals(spec.interactions(), doc.get("interactions").size(), "interactions");
        assertEquals(spec.actions(), doc.get("actions").size(), "actions");
        assertEquals(spec.visits(), doc.get("visits").size(), "visits");
    }

    @Test
    void infeasibleOrInvalidSpecsFailClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.of(20, 381, 1));
        assertTrue(e.getMessage().contains("380"), e.getMessage());
        assertTrue(e.getMessage().startsWith("ties="), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.of(19, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.of(100, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSpec(100, 10, 1, 1, 0, 0, 0, 0, 0));
        assertEquals(380, GeneratorSpec.maxTies(20));
    }

    // ------------------------------------------------------------------ structure claims

    @Test
    void mostTiesStayInsideADepartmentAndBrokersCarryTheBridges() {
        Account a = mediumAccount;
        int inside = 0;
        Map<String, Integer> crossEndpoints = new HashMap<>();
        int cross = 0;
        for (JsonNode t : medium.get("influences")) {
            String from = t.get("from").asText();
            String to = t.get("to").asText();
            if (a.department(from).equals(a.department(to))) {
                inside++;
            } else {
                cross++;
                crossEndpoints.merge(from, 1, Integer::sum);
                crossEndpoints.merge(to, 1, Integer::sum);
            }
        }
        double insideShare = inside / (double) MEDIUM.ties();
        assertTrue(insideShare > 0.5, "share of ties inside a department: " + insideShare);
        assertTrue(cross > 0.05 * MEDIUM.ties(), "some ties must cross departments: " + cross);

        // a few brokers: the top 1% of people hold a large share of the cross-department tie ends
        int[] counts = crossEndpoints.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int top = MEDIUM.people() / 100;
        long topSum = 0;
        for (int k = 0; k < top; k++) {
            topSum += counts[counts.length - 1 - k];
        }
        double topShare = topSum / (2.0 * cross);
        assertTrue(topShare > 0.15, "top 1% share of cross-department tie ends: " + topShare);
    }

    @Test
    void inDegreeIsSkewed() {
        Map<String, Integer> in = new HashMap<>();
        for (JsonNode t : medium.get("influences")) {
            in.merge(t.get("to").asText(), 1, Integer::sum);
        }
        double mean = MEDIUM.ties() / (double) MEDIUM.people();
        int max = in.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(max > 5 * mean, "max in-degree " + max + " vs mean " + mean);
        long isolated = MEDIUM.people() - in.size();
        assertTrue(isolated < MEDIUM.people() / 2, "most people receive some tie; without one: " + isolated);
    }

    @Test
    void tiesHaveValidStrengthAndConfidenceSpread() {
        Set<Integer> strengths = new HashSet<>();
        Set<String> confidences = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (JsonNode t : medium.get("influences")) {
            strengths.add(t.get("strength").asInt());
            confidences.add(t.get("confidence").asText());
            kinds.add(t.get("kind").asText());
        }
        assertEquals(Set.of(1, 2, 3), strengths);
        assertEquals(Set.of("0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"), confidences);
        assertTrue(kinds.containsAll(Set.of("ADVICE", "TRUST", "FRIEND", "EX_COLLEAGUE", "ALUMNI", "POLITICAL", "FAMILY")), kinds.toString());
    }

    @Test
    void orgTreeHasRealisticShape() throws IOException {
        // spans are only guaranteed to be 5..12 once the account is big enough to need them
        JsonNode doc = JSON.readTree(bytes(GeneratorSpec.of(12_000, 0, 11)));
        Account a = new Account(doc);
        int checkedOrgs = 0;
        for (JsonNode o : doc.get("orgs")) {
            String kind = o.get("kind").asText();
            String id = o.get("id").asText();
            if (Set.of("GROUP", "COMPANY", "SUBSIDIARY", "DEPARTMENT").contains(kind) && a.hierarchyChildren(id) > 0) {
                int span = a.hierarchyChildren(id);
                assertTrue(span >= 5 && span <= 12, o.get("name").asText() + " has " + span + " sub-units");
                checkedOrgs++;
            }
        }
        assertTrue(checkedOrgs > 100, "orgs checked: " + checkedOrgs);

        // group -> companies -> departments -> teams: at least 3 levels below the group
        int maxDepth = 0;
        for (JsonNode o : doc.get("orgs")) {
            maxDepth = Math.max(maxDepth, a.orgDepth(o.get("id").asText()));
        }
        assertTrue(maxDepth >= 3, "org depth " + maxDepth);

        // every manager leads a team of 5..12 direct reports
        Map<String, Integer> reports = new HashMap<>();
        for (JsonNode p : doc.get("people")) {
            if (p.hasNonNull("reportsTo")) {
                reports.merge(p.get("reportsTo").asText(), 1, Integer::sum);
            }
        }
        int managers = 0;
        for (JsonNode p : doc.get("people")) {
            if (p.get("rank").asText().equals("MANAGER")) {
                int r = reports.getOrDefault(p.get("id").asText(), 0);
                assertTrue(r >= 5 && r <= 12, p.get("title").asText() + " has " + r + " direct reports");
                managers++;
            }
        }
        assertTrue(managers > 500, "managers " + managers);
    }

    @Test
    void reportingLinesMirrorTheOrgTreeAndRanksFollowDepth() {
        Account a = mediumAccount;
        Map<String, String> rankOf = new HashMap<>();
        medium.get("people").forEach(p -> rankOf.put(p.get("id").asText(), p.get("rank").asText()));
        int heads = 0;
        for (JsonNode p : medium.get("people")) {
            String id = p.get("id").asText();
            String home = p.get("orgIds").get(0).asText();
            String homeKind = a.orgKind.get(home);
            String rank = p.get("rank").asText();
            // rank by depth of the home org
            switch (homeKind) {
                case "BOARD": assertEquals("BOARD", rank, id); break;
                case "GROUP": assertEquals("C_LEVEL", rank, id); break;
                case "COMPANY": case "SUBSIDIARY": assertEquals("VP", rank, id); break;
                case "DEPARTMENT":
                    assertTrue(Set.of("DIRECTOR", "MANAGER", "STAFF").contains(rank), id + " " + rank);
                    assertEquals(a.hierarchyChildren(home) > 0, rank.equals("DIRECTOR"), id + " " + rank);
                    break;
                default:
                    assertEquals("EXTERNAL", rank, id);
                    assertFalse(p.get("onOrgChart").asBoolean(), id + " is outside the org chart");
            }
            if (!p.hasNonNull("reportsTo")) {
                assertTrue(Set.of("BOARD", "REGULATOR", "OTHER").contains(homeKind), id + " in " + homeKind + " reports to nobody");
                continue;
            }
            String boss = p.get("reportsTo").asText();
            String bossHome = a.homeOrg.get(boss);
            if (!bossHome.equals(home)) {
                // a head reports to the head of the parent org (the CEO to the chairman)
                String parent = a.orgParent.get(home);
                boolean ceoToChair = homeKind.equals("GROUP") && a.orgKind.get(bossHome).equals("BOARD");
                assertTrue(bossHome.equals(parent) || ceoToChair, id + " in " + home + " reports to " + boss + " in " + bossHome);
                heads++;
            } else {
                // inside one org the boss is the org's head: a higher rank, or the first of the executives
                assertTrue(rankOrder(rankOf.get(boss)) < rankOrder(rank) || homeKind.equals("GROUP") || homeKind.equals("REGULATOR"),
                        id + " (" + rank + ") reports to " + boss + " (" + rankOf.get(boss) + ")");
            }
        }
        assertTrue(heads > 30, "heads reporting up the tree: " + heads);
    }

    private static int rankOrder(String rank) {
        return List.of("BOARD", "C_LEVEL", "VP", "DIRECTOR", "MANAGER", "STAFF", "EXTERNAL").indexOf(rank);
    }

    @Test
    void decisionChainCommitteesRegulatorAndStances() {
        Map<String, Integer> roles = new HashMap<>();
        int neutralOrFavorable = 0;
        int external = 0;
        for (JsonNode p : medium.get("people")) {
            if (p.hasNonNull("decisionRole")) {
                roles.merge(p.get("decisionRole").asText(), 1, Integer::sum);
            }
            String s = p.get("stance").asText();
            if (s.equals("NEUTRAL") || s.equals("FAVORABLE")) {
                neutralOrFavorable++;
            }
            if (p.get("rank").asText().equals("EXTERNAL")) {
                external++;
            }
        }
        int approvers = roles.getOrDefault("APPROVER", 0);
        int deciders = roles.getOrDefault("DECISION_MAKER", 0);
        int evaluators = roles.getOrDefault("EVALUATOR", 0);
        assertTrue(approvers >= 1 && approvers <= 3, "approvers " + approvers);
        assertTrue(deciders >= 2 && deciders <= 5, "decision makers " + deciders);
        assertTrue(evaluators >= MEDIUM.people() / 200 && evaluators <= MEDIUM.people() / 50, "evaluators " + evaluators);
        for (String few : List.of("INFLUENCER", "USER", "GATEKEEPER")) {
            int c = roles.getOrDefault(few, 0);
            assertTrue(c >= 1 && c <= 5, few + " " + c);
        }
        assertTrue(neutralOrFavorable > MEDIUM.people() / 2, "NEUTRAL or FAVORABLE: " + neutralOrFavorable);
        assertTrue(external >= 3 && external < MEDIUM.people() / 100, "EXTERNAL people: " + external);

        Account a = mediumAccount;
        int committees = 0;
        for (JsonNode o : medium.get("orgs")) {
            if (o.get("kind").asText().equals("COMMITTEE")) {
                committees++;
                String id = o.get("id").asText();
                int members = 0;
                int chairs = 0;
                for (JsonNode p : medium.get("people")) {
                    List<String> orgs = new ArrayList<>();
                    p.get("orgIds").forEach(x -> orgs.add(x.asText()));
                    if (orgs.contains(id)) {
                        members++;
                        assertEquals("DEPARTMENT", a.orgKind.get(orgs.get(0)), "committee members come from departments");
                        if ("Chair".equals(p.path("orgRoles").path(id).asText())) {
                            chairs++;
                        }
                    }
                }
                assertTrue(members >= 4, o.get("name").asText() + " members " + members);
                assertEquals(1, chairs, o.get("name").asText() + " chairs");
            }
        }
        assertEquals(2, committees);
        assertTrue(a.orgKind.containsValue("REGULATOR"));
        assertTrue(medium.get("alignments").size() > 0);
        medium.get("opportunities").forEach(o -> assertTrue(o.get("roles").size() >= 3));
        medium.get("interactions").forEach(i -> {
            assertTrue(i.get("personIds").size() >= 1);
            assertTrue(i.get("staffIds").size() >= 1);
        });
        boolean hiddenRole = false;
        for (JsonNode o : medium.get("opportunities")) {
            for (JsonNode r : o.get("roles")) {
                hiddenRole |= r.get("hidden").asBoolean();
            }
        }
        assertTrue(hiddenRole, "a hidden decision-chain member");
    }

    // ------------------------------------------------------------------ memory

    /**
     * 20,000 people and 200,000 ties in a JVM whose whole heap (16 MB) is smaller than the document it
     * writes (~21 MB): only a streaming generator can finish.
     */
    @Test
    void largeAccountStreamsInBoundedMemory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator,
                location(AccountGenerator.class), location(JsonFactory.class), location(GeneratorMemoryProbe.class));
        Process proc = new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp", cp,
                GeneratorMemoryProbe.class.getName(), "20000", "200000", "42")
                .redirectErrorStream(true).start();
        assertTrue(proc.waitFor(5, TimeUnit.MINUTES), "probe timed out");
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, proc.exitValue(), output);
        Map<String, Long> values = new HashMap<>();
        for (String part : output.split("\\s+")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                values.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        assertEquals(20_000L, values.get("people"), output);
        assertEquals(200_000L, values.get("ties"), output);
        assertNotNull(values.get("bytes"), output);
        assertTrue(values.get("bytes") > 16L * 1024 * 1024, "document must be larger than the heap: " + output);
        System.out.println("memory probe: " + output);
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    // ------------------------------------------------------------------ helpers

    /** Org tree lookups over a parsed document. */
    static final class Account {
        final Map<String, String> orgKind = new HashMap<>();
        final Map<String, String> orgParent = new HashMap<>();
        final Map<String, Integer> hierarchyChildren = new HashMap<>();
        final Map<String, String> homeOrg = new HashMap<>();
        private final Map<String, String> department = new HashMap<>();

        Account(JsonNode doc) {
            for (JsonNode o : doc.get("orgs")) {
                String id = o.get("id").asText();
                orgKind.put(id, o.get("kind").asText());
                orgParent.put(id, o.hasNonNull("parentId") ? o.get("parentId").asText() : null);
            }
            for (JsonNode o : doc.get("orgs")) {
                String kind = o.get("kind").asText();
                String parent = orgParent.get(o.get("id").asText());
                if (parent != null && Set.of("COMPANY", "SUBSIDIARY", "DEPARTMENT").contains(kind)) {
                    hierarchyChildren.merge(parent, 1, Integer::sum);
                }
            }
            for (JsonNode p : doc.get("people")) {
                homeOrg.put(p.get("id").asText(), p.get("orgIds").get(0).asText());
            }
        }

        int hierarchyChildren(String org) {
            return hierarchyChildren.getOrDefault(org, 0);
        }

        int orgDepth(String org) {
            int d = 0;
            for (String o = orgParent.get(org); o != null; o = orgParent.get(o)) {
                d++;
            }
            return d;
        }

        /** The person's department: the nearest department (from the home org up) that has sub-units; teams are leaves. */
        String department(String person) {
            return department.computeIfAbsent(person, p -> {
                String home = homeOrg.get(p);
                for (String o = home; o != null; o = orgParent.get(o)) {
                    if (orgKind.get(o).equals("DEPARTMENT") && hierarchyChildren(o) > 0) {
                        return o;
                    }
                }
                return home;
            });
        }
    }
}
