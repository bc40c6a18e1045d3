package io.powermap.io.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

import static io.powermap.io.generate.AccountPlan.*;

/**
 * Streams a realistic synthetic account as one {@code powermap/1} document (docs/FORMAT.md).
 *
 * <p>Shape: a group with a board and executives; companies, departments and teams with spans of 5–12;
 * a bid-evaluation and a technical committee whose members come from the departments; a regulator and a
 * few outsiders off the org chart (a relative, a former classmate, an advisor). Every person sits in at
 * least one org and reports to the head of the parent org. Influence ties are drawn person by person with
 * preferential attachment (a target's weight grows with every tie it receives), mostly inside the team and
 * department, some to the parent and sibling departments, and the cross-department bridges run through a
 * few broker people.
 *
 * <p>Memory: the plan is a handful of primitive arrays of length {@code people}; ties, names and titles are
 * derived while writing with Jackson's streaming generator, so the document is never held in memory.
 *
 * <p>Deterministic: every random choice comes from {@link SplittableRandom} streams derived from the seed,
 * nothing iterates a hash container, numbers with fractions are written from fixed strings and every date is
 * relative to {@link #EXPORTED_AT}. The same spec gives byte-identical output.
 */
public final class AccountGenerator {

    public static final String FORMAT = "powermap/1";
    /** The fixed "now" of every generated document. */
    public static final String EXPORTED_AT = "2026-11-01T00:00:00Z";
    public static final String ACCOUNT_ID = "acct";

    private static final long TODAY = LocalDate.of(2026, 11, 1).toEpochDay();
    private static final long TIES_SINCE_FROM = LocalDate.of(2005, 1, 1).toEpochDay();
    private static final String[] CONFIDENCE = {"0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"};
    private static final String[] KINDS = {"ADVICE", "TRUST", "FAMILY", "FRIEND", "EX_COLLEAGUE", "ALUMNI", "POLITICAL", "OWNERSHIP", "OTHER"};
    private static final int ADVICE = 0, TRUST = 1, FAMILY = 2, FRIEND = 3, EX_COLLEAGUE = 4, ALUMNI = 5,
            POLITICAL = 6, OWNERSHIP = 7, OTHER = 8;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** What was written, section by section. */
    public record Summary(int people, int ties, int orgs, int staff, int knows, int owns, int competitors,
                          int alignments, int opportunities, int interactions, int actions, int visits) {
    }

    private final GeneratorSpec spec;

    public AccountGenerator(GeneratorSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public GeneratorSpec spec() {
        return spec;
    }

    /** Writes the document as UTF-8 to {@code out}, flushes it and leaves it open. */
    public Summary writeTo(OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            return write(g);
        }
    }

    /** Writes the document to {@code out}, flushes it and leaves it open. */
    public Summary writeTo(Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            return write(g);
        }
    }

    public static Summary generate(GeneratorSpec spec, OutputStream out) throws IOException {
        return new AccountGenerator(spec).writeTo(out);
    }

    // ------------------------------------------------------------------------------------------------

    private Summary write(JsonGenerator g) throws IOException {
        AccountPlan plan = new AccountPlan(spec);
        Sections s = new Sections(plan, g);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("exportedAt", EXPORTED_AT);
        s.account();
        s.orgs();
        s.people();
        int ties = s.influences();
        s.staff();
        int knows = s.knows();
        int owns = s.owns();
        s.competitors();
        int alignments = s.alignments();
        s.opportunities();
        s.interactions();
        s.actions();
        s.visits();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        return new Summary(plan.n, ties, plan.orgCount, spec.staff(), knows, owns, spec.competitors(), alignments,
                spec.opportunities(), spec.interactions(), spec.actions(), spec.visits());
    }

    private static String pid(int i) {
        return "p-" + i;
    }

    private static String oid(int o) {
        return "o-" + o;
    }

    private static String sid(int s) {
        return "s-" + s;
    }

    private static String date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** Writes the sections; each section that needs randomness draws from its own stream. */
    private static final class Sections {
        private final AccountPlan plan;
        private final JsonGenerator g;
        private final int n;
        private final SplittableRandom rng;   // the small sections after the ties
        private final IntSet seen = new IntSet();

        Sections(AccountPlan plan, JsonGenerator g) {
            this.plan = plan;
            this.g = g;
            this.n = plan.n;
            this.rng = new SplittableRandom(mix(plan.spec.seed(), 6));
        }

        void account() throws IOException {
            GeneratorSpec spec = plan.spec;
            g.writeObjectFieldStart("account");
            g.writeStringField("id", ACCOUNT_ID);
            g.writeStringField("name", plan.orgName(plan.groupOrg));
            g.writeStringField("customerClass", "A");
            g.writeStringField("orgLevel", "SUPPLIER");
            g.writeStringField("notes", "Synthetic account (powermap generate: people=" + spec.people() + ", ties="
                    + spec.ties() + ", seed=" + spec.seed() + ")");
            g.writeEndObject();
        }

        void orgs() throws IOException {
            g.writeArrayFieldStart("orgs");
            for (int o = 0; o < plan.orgCount; o++) {
                g.writeStartObject();
                g.writeStringField("id", oid(o));
                g.writeStringField("name", plan.orgName(o));
                g.writeStringField("kind", ORG_KINDS[plan.orgType[o]]);
                if (plan.orgParent[o] >= 0) {
                    g.writeStringField("parentId", oid(plan.orgParent[o]));
                } else {
                    g.writeNullField("parentId");
                }
                if (plan.orgExt[o] >= 0) {
                    g.writeStringField("extensiveLevel", EXTENSIVE[plan.orgExt[o]]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        void people() throws IOException {
            SplittableRandom r = new SplittableRandom(mix(plan.spec.seed(), 4));
            g.writeArrayFieldStart("people");
            for (int i = 0; i < n; i++) {
                int f = plan.flags[i];
                int role = plan.role[i];
                boolean rising = (f & F_RISING) != 0;
                boolean outsider = i >= plan.outStart;
                boolean regulator = i >= plan.regStart && !outsider;
                g.writeStartObject();
                g.writeStringField("id", pid(i));
                g.writeStringField("name", plan.personName(i));
                g.writeStringField("title", plan.title(i));
                g.writeStringField("rank", RANKS[plan.rank[i]]);
                g.writeArrayFieldStart("orgIds");
                g.writeString(oid(plan.home[i]));
                if ((f & F_BID) != 0) {
                    g.writeString(oid(plan.bidOrg));
                }
                if ((f & F_TECH) != 0) {
                    g.writeString(oid(plan.techOrg));
                }
                g.writeEndArray();
                if (i == 0 || (f & (F_BID | F_TECH)) != 0) {
                    g.writeObjectFieldStart("orgRoles");
                    if (i == 0) {
                        g.writeStringField(oid(plan.boardOrg), "Chairman");
                    }
                    if ((f & F_BID) != 0) {
                        g.writeStringField(oid(plan.bidOrg), i == plan.bidChair ? "Chair" : "Member");
                    }
                    if ((f & F_TECH) != 0) {
                        g.writeStringField(oid(plan.techOrg), i == plan.techChair ? "Chair" : "Member");
                    }
                    g.writeEndObject();
                }
                if (plan.boss[i] >= 0) {
                    g.writeStringField("reportsTo", pid(plan.boss[i]));
                }
                if (role != 0) {
                    g.writeStringField("decisionRole", ROLES[role]);
                }
                int st = plan.stance[i];
                g.writeStringField("stance", STANCES[st]);
                if (role != 0 || rising) {
                    int before = Math.max(OPPOSED, st - r.nextInt(2));
                    g.writeArrayFieldStart("stanceHistory");
                    g.writeStartObject();
                    g.writeStringField("stance", STANCES[before]);
                    g.writeStringField("at", date(TODAY - 30 - r.nextInt(400)) + "T09:00:00Z");
                    g.writeStringField("by", plan.staffName[r.nextInt(plan.staffName.length)]);
                    g.writeStringField("note", Vocabulary.STANCE_NOTES[r.nextInt(Vocabulary.STANCE_NOTES.length)]);
                    g.writeEndObject();
                    g.writeEndArray();
                }
                g.writeBooleanField("risingStar", rising);
                g.writeBooleanField("onOrgChart", plan.rank[i] != EXTERNAL);
                if (role != 0) {
                    g.writeObjectFieldStart("needs");
                    g.writeArrayFieldStart("professional");
                    int a = r.nextInt(Vocabulary.NEEDS_PROFESSIONAL.length);
                    g.writeString(Vocabulary.NEEDS_PROFESSIONAL[a]);
                    if (r.nextBoolean()) {
                        g.writeString(Vocabulary.NEEDS_PROFESSIONAL[(a + 1 + r.nextInt(Vocabulary.NEEDS_PROFESSIONAL.length - 1))
                                % Vocabulary.NEEDS_PROFESSIONAL.length]);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("personal");
                    if (r.nextInt(3) > 0) {
                        g.writeString(Vocabulary.NEEDS_PERSONAL[r.nextInt(Vocabulary.NEEDS_PERSONAL.length)]);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeArrayFieldStart("criteria");
                    int count = 1 + r.nextInt(3);
                    int c0 = r.nextInt(Vocabulary.CRITERIA.length);
                    for (int k = 0; k < count; k++) {     // consecutive categories: distinct
                        int c = (c0 + k) % Vocabulary.CRITERIA.length;
                        g.writeStartObject();
                        g.writeStringField("category", Vocabulary.CRITERIA[c]);
                        g.writeStringField("note", Vocabulary.CRITERIA_NOTES[c]);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (outsider) {
                    g.writeStringField("notes", Vocabulary.OUTSIDERS[(i - plan.outStart) % Vocabulary.OUTSIDERS.length][1]);
                } else if (i == plan.bidChair) {
                    g.writeStringField("notes", "Chairs the bid evaluation committee; formally a director.");
                }
                if (rising || outsider || regulator) {
                    g.writeArrayFieldStart("tags");
                    g.writeString(rising ? "rising-star" : outsider ? "hidden-chain" : "regulator");
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        int influences() throws IOException {
            g.writeArrayFieldStart("influences");
            int written = new TieWriter(plan, g).writeAll();
            g.writeEndArray();
            return written;
        }

        void staff() throws IOException {
            g.writeArrayFieldStart("staff");
            for (int s = 0; s < plan.staffName.length; s++) {
                g.writeStartObject();
                g.writeStringField("id", sid(s));
                g.writeStringField("name", plan.staffName[s]);
                g.writeStringField("title", plan.staffTitle[s]);
                g.writeStringField("rank", plan.staffRank[s]);
                g.writeStringField("email", plan.staffEmail[s]);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** Each of our staff knows some decision-chain members, some executives and a few random people. */
        int knows() throws IOException {
            int per = Math.min(n, Math.max(5, Math.min(60, n / 100)));
            int written = 0;
            g.writeArrayFieldStart("knows");
            for (int s = 0; s < plan.staffName.length; s++) {
                seen.reset(per);
                for (int k = 0, attempts = 0; k < per && attempts < 20 * per; attempts++) {
                    int v = rng.nextInt(10);
                    int target = v < 5 && plan.chain.length > 0 ? plan.chain[rng.nextInt(plan.chain.length)]
                            : v < 7 ? rng.nextInt(plan.hierStart) : rng.nextInt(n);
                    if (!seen.add(target)) {
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("staffId", sid(s));
                    g.writeStringField("personId", pid(target));
                    g.writeNumberField("strength", 1 + rng.nextInt(3));
                    g.writeStringField("lastContact", date(TODAY - 1 - rng.nextInt(200)));
                    g.writeEndObject();
                    k++;
                    written++;
                }
            }
            g.writeEndArray();
            return written;
        }

        /** The account, every company and most decision-chain members get a FIRST (and often a SECOND) owner of matching seniority. */
        int owns() throws IOException {
            int staff = plan.staffName.length;
            int[][] tiers = new int[3][];
            for (int t = 0; t < 3; t++) {
                int c = 0;
                for (int s = 0; s < staff; s++) {
                    c += tier(plan.staffRank[s]) == t ? 1 : 0;
                }
                tiers[t] = new int[c];
                for (int s = 0, k = 0; s < staff; s++) {
                    if (tier(plan.staffRank[s]) == t) {
                        tiers[t][k++] = s;
                    }
                }
            }
            int written = 0;
            g.writeArrayFieldStart("owns");
            written += own(0, ACCOUNT_ID, "FIRST");
            written += own(1, ACCOUNT_ID, "SECOND");
            for (int o = 0; o < plan.orgCount; o++) {
                byte t = plan.orgType[o];
                if (t == O_COMPANY || t == O_SUBSIDIARY) {
                    written += own(pickStaff(tiers, 0, -1), oid(o), "FIRST");
                }
            }
            for (int i : plan.chain) {
                if (plan.role[i] == EVALUATOR && rng.nextInt(100) < 8) {
                    continue;   // coverage gap: a red flag the scorecard should find
                }
                byte rk = plan.rank[i];
                int want = rk == BOARD || rk == C_LEVEL ? 0 : rk == VP || rk == DIRECTOR || rk == EXTERNAL ? 1 : 2;
                int first = pickStaff(tiers, want, -1);
                written += own(first, pid(i), "FIRST");
                if (rng.nextInt(100) < 60) {
                    int second = pickStaff(tiers, Math.min(2, want + 1), first);
                    if (second >= 0 && second != first) {
                        written += own(second, pid(i), "SECOND");
                    }
                }
            }
            g.writeEndArray();
            return written;
        }

        private int own(int staff, String target, String priority) throws IOException {
            g.writeStartObject();
            g.writeStringField("staffId", sid(staff));
            g.writeStringField("targetId", target);
            g.writeStringField("priority", priority);
            g.writeEndObject();
            return 1;
        }

        private static int tier(String staffRank) {
            switch (staffRank) {
                case "BOARD": case "C_LEVEL": case "VP": return 0;
                case "DIRECTOR": return 1;
                default: return 2;
            }
        }

        private int pickStaff(int[][] tiers, int tier, int not) {
            int[] pool = tiers[tier];
            if (pool.length == 0 || (pool.length == 1 && pool[0] == not)) {
                int staff = plan.staffName.length;
                int s = rng.nextInt(staff);
                return s == not ? (s + 1) % staff : s;
            }
            int s = pool[rng.nextInt(pool.length)];
            return s == not ? pool[(indexOf(pool, s) + 1) % pool.length] : s;
        }

        private static int indexOf(int[] a, int v) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] == v) {
                    return i;
                }
            }
            return -1;
        }

        void competitors() throws IOException {
            g.writeArrayFieldStart("competitors");
            for (int c = 0; c < plan.spec.competitors(); c++) {
                g.writeStartObject();
                g.writeStringField("id", "c-" + (c + 1));
                g.writeStringField("name", AccountPlan.word(Vocabulary.COMPETITORS, c));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** Some opposed people and a few neutral decision-chain members lean to a competitor (mostly the main rival). */
        int alignments() throws IOException {
            int competitors = plan.spec.competitors();
            int written = 0;
            g.writeArrayFieldStart("alignments");
            if (competitors > 0) {
                for (int i = 0; i < n; i++) {
                    boolean aligned = i == plan.techChair
                            || (plan.stance[i] == OPPOSED && rng.nextInt(100) < 30)
                            || (plan.stance[i] == NEUTRAL && plan.role[i] != 0 && rng.nextInt(100) < 10);
                    if (!aligned) {
                        continue;
                    }
                    int c = i == plan.techChair || rng.nextInt(100) < 60 ? 0 : rng.nextInt(competitors);
                    g.writeStartObject();
                    g.writeStringField("personId", pid(i));
                    g.writeStringField("competitorId", "c-" + (c + 1));
                    g.writeNumberField("strength", 1 + rng.nextInt(3));
                    g.writeEndObject();
                    written++;
                }
            }
            g.writeEndArray();
            return written;
        }

        void opportunities() throws IOException {
            final String[] stages = {"LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"};
            final int[] stageWeights = {15, 25, 25, 15, 12, 8};
            g.writeArrayFieldStart("opportunities");
            for (int j = 0; j < plan.spec.opportunities(); j++) {
                String stage = stages[weighted(stageWeights)];
                boolean closed = stage.equals("WON") || stage.equals("LOST");
                g.writeStartObject();
                g.writeStringField("id", "opp-" + (j + 1));
                int len = Vocabulary.OPPORTUNITIES.length;
                g.writeStringField("name", Vocabulary.OPPORTUNITIES[j % len] + (j < len ? "" : ", phase " + (j / len + 1)));
                g.writeStringField("stage", stage);
                g.writeNumberField("value", 100_000L * (5 + rng.nextInt(995)));
                g.writeStringField("currency", "EUR");
                g.writeStringField("closeDate", date(closed ? TODAY - 10 - rng.nextInt(300) : TODAY + 30 + rng.nextInt(510)));
                g.writeArrayFieldStart("roles");
                seen.reset(32);
                for (int i : plan.chain) {
                    if (plan.role[i] == APPROVER || plan.role[i] == DECISION_MAKER) {
                        role(i, ROLES[plan.role[i]], false);
                    }
                }
                for (int k = 0; k < 6 && plan.evaluators.length > 0; k++) {
                    role(plan.evaluators[rng.nextInt(plan.evaluators.length)], "EVALUATOR", false);
                }
                // the hidden chain of this deal: an outsider, a broker and the bid committee chair
                int outsiders = n - plan.outStart;
                role(plan.outStart + rng.nextInt(outsiders), "INFLUENCER", true);
                if (plan.brokers.length > 0) {
                    role(plan.brokers[rng.nextInt(plan.brokers.length)], "INFLUENCER", true);
                }
                role(plan.bidChair, "DECISION_MAKER", plan.role[plan.bidChair] != DECISION_MAKER);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void role(int person, String decisionRole, boolean hidden) throws IOException {
            if (!seen.add(person)) {
                return;
            }
            g.writeStartObject();
            g.writeStringField("personId", pid(person));
            g.writeStringField("decisionRole", decisionRole);
            g.writeBooleanField("hidden", hidden);
            g.writeEndObject();
        }

        void interactions() throws IOException {
            final String[] kinds = {"MEETING", "CALL", "VISIT", "EVENT", "EMAIL"};
            final int[] kindWeights = {35, 25, 10, 10, 20};
            int staff = plan.staffName.length;
            g.writeArrayFieldStart("interactions");
            for (int j = 0; j < plan.spec.interactions(); j++) {
                g.writeStartObject();
                g.writeStringField("id", "i-" + (j + 1));
                g.writeStringField("date", date(TODAY - 1 - rng.nextInt(365)));
                g.writeStringField("kind", kinds[weighted(kindWeights)]);
                g.writeStringField("summary", Vocabulary.INTERACTION_SUMMARIES[rng.nextInt(Vocabulary.INTERACTION_SUMMARIES.length)]);
                g.writeArrayFieldStart("personIds");
                int people = 1 + rng.nextInt(4);
                seen.reset(people);
                for (int k = 0; k < people; k++) {
                    int p = rng.nextInt(10) < 6 && plan.chain.length > 0 ? plan.chain[rng.nextInt(plan.chain.length)] : rng.nextInt(n);
                    if (seen.add(p)) {
                        g.writeString(pid(p));
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("staffIds");
                int s0 = rng.nextInt(staff);
                g.writeString(sid(s0));
                if (rng.nextBoolean()) {
                    g.writeString(sid((s0 + 1 + rng.nextInt(staff - 1)) % staff));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** Relationship actions; hospitality is always approved and risk-rated (FORMAT.md compliance rule). */
        void actions() throws IOException {
            final int[] kindWeights = {25, 15, 15, 10, 10, 15, 5, 5};
            g.writeArrayFieldStart("actions");
            for (int j = 0; j < plan.spec.actions(); j++) {
                int kind = weighted(kindWeights);
                long due = TODAY - 120 + rng.nextInt(300);
                String status = due < TODAY ? (rng.nextInt(10) < 8 ? "DONE" : "CANCELLED") : (rng.nextInt(10) < 7 ? "PLANNED" : "IN_PROGRESS");
                boolean hospitality = Vocabulary.ACTION_KINDS[kind].equals("HOSPITALITY");
                g.writeStartObject();
                g.writeStringField("id", "a-" + (j + 1));
                g.writeStringField("kind", Vocabulary.ACTION_KINDS[kind]);
                g.writeStringField("title", Vocabulary.ACTION_TITLES[kind]);
                g.writeStringField("due", date(due));
                g.writeStringField("status", status);
                g.writeStringField("complianceRisk", hospitality ? "LOW" : "NONE");
                if (hospitality) {
                    g.writeStringField("approvedBy", "Compliance Office");
                } else {
                    g.writeNullField("approvedBy");
                }
                int person = plan.chain.length > 0 ? plan.chain[rng.nextInt(plan.chain.length)] : rng.nextInt(n);
                g.writeStringField("personId", pid(person));
                g.writeStringField("ownerStaffId", sid(rng.nextInt(plan.staffName.length)));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        void visits() throws IOException {
            g.writeArrayFieldStart("visits");
            for (int j = 0; j < plan.spec.visits(); j++) {
                long day = TODAY + 7 + rng.nextInt(120);
                g.writeStartObject();
                g.writeStringField("id", "v-" + (j + 1));
                g.writeStringField("date", date(day));
                g.writeStringField("status", rng.nextInt(3) == 0 ? "DRAFT" : "PLANNED");
                g.writeStringField("objective", Vocabulary.VISIT_OBJECTIVES[j % Vocabulary.VISIT_OBJECTIVES.length]);
                if (plan.spec.opportunities() > 0) {
                    g.writeStringField("opportunityId", "opp-" + (1 + rng.nextInt(plan.spec.opportunities())));
                }
                g.writeArrayFieldStart("staffIds");
                g.writeString(sid(1));    // our executive sponsor
                g.writeString(sid(0));    // the account director
                g.writeEndArray();
                g.writeArrayFieldStart("targetIds");
                seen.reset(4);
                for (int i : plan.chain) {
                    if ((plan.role[i] == APPROVER || plan.role[i] == DECISION_MAKER) && seen.size() < 3 && rng.nextBoolean()) {
                        seen.add(i);
                        g.writeString(pid(i));
                    }
                }
                if (seen.size() == 0) {
                    g.writeString(pid(plan.ceo));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private int weighted(int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int v = rng.nextInt(total);
            for (int k = 0; k < weights.length; k++) {
                v -= weights[k];
                if (v < 0) {
                    return k;
                }
            }
            return weights.length - 1;
        }
    }

    /**
     * Draws and writes every influence tie, source person by source person, so a person's targets can be
     * kept distinct with a small reusable set. Targets are drawn from a Fenwick tree of weights (initial
     * attractiveness plus a bonus per tie received: preferential attachment) restricted to an index range:
     * the person's team, department, parent department or the whole account.
     */
    private static final class TieWriter {
        private static final int TEAM = 0, DEPT = 1, NEIGHBOUR = 2, BROKER = 3, GLOBAL = 4;
        private static final int[] ATTEMPTS = {6, 6, 6, 4, 24};
        private static final long ATTACHMENT_BONUS = 3;

        private final AccountPlan plan;
        private final JsonGenerator g;
        private final int n;
        private final SplittableRandom rng;
        private final Fenwick weights;
        private final IntSet chosen = new IntSet();
        private final int[] lo = new int[3];
        private final int[] hi = new int[3];

        TieWriter(AccountPlan plan, JsonGenerator g) {
            this.plan = plan;
            this.g = g;
            this.n = plan.n;
            this.rng = new SplittableRandom(mix(plan.spec.seed(), 5));
            this.weights = new Fenwick(plan.targetWeights());
        }

        int writeAll() throws IOException {
            int written = 0;
            for (int i = 0; i < n; i++) {
                int k = plan.outDegree[i];
                if (k == 0) {
                    continue;
                }
                scopes(i);
                chosen.reset(k + 1);
                chosen.add(i);
                int made = 0;
                if (i >= plan.outStart) {   // the hidden tie that defines the outsider
                    int target = plan.outsiderTarget(i - plan.outStart);
                    if (target != i) {
                        String[] archetype = Vocabulary.OUTSIDERS[(i - plan.outStart) % Vocabulary.OUTSIDERS.length];
                        int kind = indexOfKind(archetype[2]);
                        chosen.add(target);
                        weights.add(target, ATTACHMENT_BONUS);
                        tie(i, target, kind, 3, 7 + rng.nextInt(3), Vocabulary.TIE_SOURCES[1], TODAY - 365 * (3 + rng.nextInt(15)));
                        made++;
                    }
                }
                for (; made < k; made++) {
                    int scope = chooseScope(i);
                    int target = -1;
                    while (true) {
                        target = draw(i, scope);
                        if (target >= 0 || scope == GLOBAL) {
                            break;
                        }
                        scope = scope == BROKER || scope == NEIGHBOUR ? GLOBAL : scope + 1;
                    }
                    if (target < 0) {
                        target = scan();
                    }
                    chosen.add(target);
                    weights.add(target, ATTACHMENT_BONUS);
                    writeDrawn(i, target, scope);
                }
                written += k;
            }
            return written;
        }

        /** Index ranges of the person's team, department and neighbourhood (parent department with its siblings). */
        private void scopes(int i) {
            int execEnd = plan.hierStart;
            if (i < plan.hierStart) {                     // board and executives
                set(TEAM, 0, execEnd);
                set(DEPT, 0, execEnd);
                set(NEIGHBOUR, plan.hierStart, plan.regStart);
            } else if (i >= plan.regStart) {              // regulator and outsiders look at the top
                set(TEAM, 0, execEnd);
                set(DEPT, 0, execEnd);
                set(NEIGHBOUR, 0, plan.regStart);
            } else {
                int home = plan.home[i];
                int dept = plan.orgType[home] == O_TEAM ? plan.orgParent[home] : home;
                int up = plan.orgParent[dept];
                set(TEAM, plan.orgFirst[home], plan.orgEnd[home]);
                set(DEPT, plan.orgFirst[dept], plan.orgEnd[dept]);
                set(NEIGHBOUR, plan.orgFirst[up], plan.orgEnd[up]);
            }
        }

        private void set(int scope, int from, int to) {
            lo[scope] = from;
            hi[scope] = to;
        }

        private int chooseScope(int i) {
            int v = rng.nextInt(100);
            if (i < plan.hierStart) {
                return v < 40 ? TEAM : v < 85 ? NEIGHBOUR : BROKER;
            }
            if (i >= plan.regStart) {
                return v < 60 ? TEAM : GLOBAL;
            }
            if ((plan.flags[i] & F_BROKER) != 0) {
                return v < 15 ? TEAM : v < 30 ? DEPT : v < 40 ? NEIGHBOUR : GLOBAL;
            }
            return v < 50 ? TEAM : v < 77 ? DEPT : v < 89 ? NEIGHBOUR : v < 96 ? BROKER : GLOBAL;
        }

        /** A fresh target in the scope, or -1 after a few collisions (scope saturated). */
        private int draw(int i, int scope) {
            for (int a = 0; a < ATTEMPTS[scope]; a++) {
                int c;
                if (scope == BROKER) {
                    if (plan.brokers.length == 0) {
                        return -1;
                    }
                    c = plan.brokers[rng.nextInt(plan.brokers.length)];
                } else if (scope == GLOBAL) {
                    c = weights.sample(0, n, rng);
                } else {
                    if (hi[scope] - lo[scope] <= 1) {
                        return -1;
                    }
                    c = weights.sample(lo[scope], hi[scope], rng);
                }
                if (!chosen.contains(c)) {
                    return c;
                }
            }
            return -1;
        }

        /** Last resort for dense specs: the first person not yet chosen, from a random start. */
        private int scan() {
            int start = rng.nextInt(n);
            for (int k = 0; k < n; k++) {
                int c = (start + k) % n;
                if (!chosen.contains(c)) {
                    return c;
                }
            }
            throw new IllegalStateException("no free target left");   // impossible: out-degree <= n - 1
        }

        private void writeDrawn(int from, int to, int scope) throws IOException {
            byte fr = plan.rank[from];
            int v = rng.nextInt(100);
            int kind;
            if (from >= plan.outStart) {
                kind = v < 10 ? FAMILY : v < 45 ? FRIEND : v < 70 ? ALUMNI : v < 90 ? ADVICE : EX_COLLEAGUE;
            } else if (from >= plan.regStart) {
                kind = v < 60 ? POLITICAL : ADVICE;
            } else if (fr == BOARD && plan.rank[to] == C_LEVEL) {
                kind = v < 40 ? OWNERSHIP : v < 70 ? POLITICAL : ADVICE;
            } else if (scope == TEAM) {
                kind = v < 45 ? ADVICE : v < 70 ? TRUST : v < 90 ? FRIEND : OTHER;
            } else if (scope == DEPT) {
                kind = v < 50 ? ADVICE : v < 70 ? TRUST : v < 85 ? FRIEND : v < 95 ? EX_COLLEAGUE : OTHER;
            } else if (scope == NEIGHBOUR) {
                kind = v < 40 ? ADVICE : v < 70 ? EX_COLLEAGUE : v < 85 ? ALUMNI : TRUST;
            } else {
                kind = v < 25 ? POLITICAL : v < 50 ? EX_COLLEAGUE : v < 70 ? ALUMNI : v < 90 ? ADVICE : FRIEND;
            }
            int s = rng.nextInt(100);
            int strength = kind == FAMILY ? 3 : scope == TEAM ? (s < 30 ? 1 : s < 75 ? 2 : 3) : (s < 50 ? 1 : s < 85 ? 2 : 3);
            int confidence = 3 + rng.nextInt(8);
            String source = from >= plan.regStart || rng.nextInt(100) < 8
                    ? Vocabulary.TIE_SOURCES[rng.nextInt(Vocabulary.TIE_SOURCES.length)] : null;
            long since = rng.nextInt(4) == 0 ? TIES_SINCE_FROM + rng.nextInt((int) (TODAY - 30 - TIES_SINCE_FROM)) : -1;
            tie(from, to, kind, strength, confidence, source, since);
        }

        private void tie(int from, int to, int kind, int strength, int confidenceTenths, String source, long since)
                throws IOException {
            g.writeStartObject();
            g.writeStringField("from", pid(from));
            g.writeStringField("to", pid(to));
            g.writeStringField("kind", KINDS[kind]);
            g.writeNumberField("strength", strength);
            g.writeFieldName("confidence");
            g.writeNumber(CONFIDENCE[confidenceTenths]);
            if (source != null) {
                g.writeStringField("source", source);
            }
            if (since >= 0) {
                g.writeStringField("since", date(since));
            }
            g.writeEndObject();
        }

        private static int indexOfKind(String kind) {
            for (int k = 0; k < KINDS.length; k++) {
                if (KINDS[k].equals(kind)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(kind);
        }
    }

    /** Fenwick (binary indexed) tree over non-negative integer weights: prefix sums, updates and weighted draws in O(log n). */
    static final class Fenwick {
        private final long[] tree;
        private final int n;
        private final int top;

        Fenwick(long[] weights) {
            n = weights.length;
            tree = new long[n + 1];
            for (int i = 0; i < n; i++) {
                tree[i + 1] += weights[i];
                int parent = (i + 1) + ((i + 1) & -(i + 1));
                if (parent <= n) {
                    tree[parent] += tree[i + 1];
                }
            }
            top = Integer.highestOneBit(Math.max(1, n));
        }

        void add(int i, long delta) {
            for (int x = i + 1; x <= n; x += x & -x) {
                tree[x] += delta;
            }
        }

        /** Sum of the weights of indexes [0, i). */
        long prefix(int i) {
            long s = 0;
            for (int x = i; x > 0; x -= x & -x) {
                s += tree[x];
            }
            return s;
        }

        /** An index in [from, to) drawn with probability proportional to its weight; the range must have positive weight. */
        int sample(int from, int to, SplittableRandom rng) {
            long base = prefix(from);
            long r = base + rng.nextLong(prefix(to) - base);
            int pos = 0;
            for (int step = top; step > 0; step >>= 1) {
                int next = pos + step;
                if (next <= n && tree[next] <= r) {
                    pos = next;
                    r -= tree[next];
                }
            }
            return pos;   // prefix(pos) <= original r < prefix(pos + 1)
        }
    }

    /** Open-addressing int set with O(1) reset (generation marks), reused across people. */
    static final class IntSet {
        private int[] keys = new int[64];
        private int[] marks = new int[64];
        private int gen = 1;
        private int size;

        void reset(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 + 2) - 1) << 1;
            if (cap > keys.length) {
                keys = new int[cap];
                marks = new int[cap];
                gen = 1;
            } else if (++gen == Integer.MAX_VALUE) {
                java.util.Arrays.fill(marks, 0);
                gen = 1;
            }
            size = 0;
        }

        int size() {
            return size;
        }

        boolean add(int k) {
            int mask = keys.length - 1;
            int h = hash(k) & mask;
            while (marks[h] == gen) {
                if (keys[h] == k) {
                    return false;
                }
                h = (h + 1) & mask;
            }
            if (size + 1 > (keys.length >> 1)) {
                grow();
                return add(k);
            }
            marks[h] = gen;
            keys[h] = k;
            size++;
            return true;
        }

        boolean contains(int k) {
            int mask = keys.length - 1;
            int h = hash(k) & mask;
            while (marks[h] == gen) {
                if (keys[h] == k) {
                    return true;
                }
                h = (h + 1) & mask;
            }
            return false;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldMarks = marks;
            int oldGen = gen;
            keys = new int[oldKeys.length * 2];
            marks = new int[oldKeys.length * 2];
            gen = 1;
            size = 0;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldMarks[j] == oldGen) {
                    add(oldKeys[j]);
                }
            }
        }

        private static int hash(int k) {
            int h = k * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
