package io.powermap.io.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The O(people) skeleton of a synthetic account: the org tree, every person's place, rank, boss, role,
 * stance and out-degree, all in primitive arrays. Names, titles and ties are derived while streaming.
 *
 * <p>People are numbered in depth-first order of the org tree, so every org's people (its whole subtree)
 * form one contiguous index range {@code [orgFirst, orgEnd)}, and every boss has a smaller index than
 * the people reporting to them (so the reportsTo relation cannot have a cycle).
 */
final class AccountPlan {

    // ranks, in FORMAT.md order
    static final byte BOARD = 0, C_LEVEL = 1, VP = 2, DIRECTOR = 3, MANAGER = 4, STAFF = 5, EXTERNAL = 6;
    static final String[] RANKS = {"BOARD", "C_LEVEL", "VP", "DIRECTOR", "MANAGER", "STAFF", "EXTERNAL"};

    // decision roles (0 = none)
    static final byte APPROVER = 1, DECISION_MAKER = 2, EVALUATOR = 3, INFLUENCER = 4, USER = 5, GATEKEEPER = 6;
    static final String[] ROLES = {null, "APPROVER", "DECISION_MAKER", "EVALUATOR", "INFLUENCER", "USER", "GATEKEEPER"};

    static final byte OPPOSED = 0, NEUTRAL = 1, FAVORABLE = 2, SUPPORTIVE = 3, CHAMPION = 4;
    static final String[] STANCES = {"OPPOSED", "NEUTRAL", "FAVORABLE", "SUPPORTIVE", "CHAMPION"};

    // what an org is in the generated structure (not the FORMAT kind)
    static final byte O_GROUP = 0, O_BOARD = 1, O_COMPANY = 2, O_SUBSIDIARY = 3, O_DEPT = 4, O_TEAM = 5,
            O_BID = 6, O_TECH = 7, O_REGULATOR = 8, O_OUTSIDE = 9;
    static final String[] ORG_KINDS = {"GROUP", "BOARD", "COMPANY", "SUBSIDIARY", "DEPARTMENT", "DEPARTMENT",
        "COMMITTEE", "COMMITTEE", "REGULATOR", "OTHER"};
    static final String[] EXTENSIVE = {"POOR", "FAIR", "GOOD", "EXCELLENT"};

    // person flags
    static final int F_BROKER = 1, F_RISING = 2, F_BID = 4, F_TECH = 8;

    final GeneratorSpec spec;
    final int n;
    final String brand;

    // --- orgs ---
    int orgCount;
    final int[] orgParent;
    final byte[] orgType;
    final byte[] orgLevel;     // companies: m, departments: 1..m-1, teams: 0; others -1
    final short[] orgCode;     // index into the word list that names the org
    final int[] orgFirst;
    final int[] orgEnd;
    final int[] orgHead;
    final byte[] orgExt;       // extensive level, -1 = not set
    final int levels;          // m: number of org levels between the group and the teams (companies .. departments)

    // --- people ---
    private int p;
    final int[] home;
    final int[] boss;
    final byte[] rank;
    final byte[] role;
    final byte[] stance;
    final byte[] flags;
    final int[] outDegree;

    final int boardCount, execCount, hierStart, regStart, outStart;
    final int groupOrg, boardOrg, bidOrg, techOrg, regOrg, outOrg;
    final int ceo, cto, cfo, cpo;
    int procurementHead = -1, networkHead = -1, mainCompanyHead = -1;
    final int bidChair, techChair;
    final int[] brokers;
    final int[] chain;        // every person with a decision role, ascending
    final int[] evaluators;   // the EVALUATORs, ascending

    // --- staff (our side; tiny) ---
    final String[] staffName;
    final String[] staffTitle;
    final String[] staffRank;
    final String[] staffEmail;

    // build-time scratch
    private final SplittableRandom rng;
    private int[][] childCounts;
    private int[] cursor;
    private int[][] functionOrder;

    AccountPlan(GeneratorSpec spec) {
        this.spec = spec;
        this.n = spec.people();
        this.rng = new SplittableRandom(mix(spec.seed(), 1));
        this.brand = Vocabulary.BRANDS[rng.nextInt(Vocabulary.BRANDS.length)];

        // ---- fixed blocks: board, executives, regulator, outsiders
        int b, g, rg, x;
        if (n < 60) {
            b = 3; g = 3; rg = 1; x = 2;
        } else if (n < 500) {
            b = 5; g = 6; rg = 2; x = 3;
        } else {
            b = Math.min(9, 5 + n / 25_000); g = 8; rg = 3; x = Math.max(4, Math.min(40, n / 2_500));
        }
        boardCount = b;
        execCount = g;
        int r = n - b - g - rg - x;   // people in the company hierarchy

        // ---- shape of the hierarchy: T teams; levels m..1 above them
        int teams = Math.max(1, (int) Math.round(r / 9.6));   // ~8.5 staff per team plus heads
        int[] counts;
        int teamStaff;
        for (int guard = 0; ; guard++) {
            counts = levelCounts(teams);
            int heads = 0;
            for (int j = 1; j < counts.length; j++) {
                heads += counts[j];
            }
            teamStaff = r - heads - teams;            // non-managers in teams
            if (teamStaff < 5L * teams && teams > 1) {
                teams--;
            } else if (teamStaff > 12L * teams) {
                teams++;
            } else {
                break;
            }
            if (guard > 10_000_000) {
                throw new IllegalStateException("cannot size the org tree for " + n + " people");
            }
        }
        levels = counts.length - 1;
        childCounts = new int[levels + 1][];
        childCounts[0] = partition(teamStaff, teams);
        for (int j = 1; j <= levels; j++) {
            childCounts[j] = partition(counts[j - 1], counts[j]);
        }
        cursor = new int[levels + 1];
        int companies = counts[levels];

        int orgs = 2 + 4;
        for (int c : counts) {
            orgs += c;
        }
        orgParent = new int[orgs];
        orgType = new byte[orgs];
        orgLevel = new byte[orgs];
        orgCode = new short[orgs];
        orgFirst = new int[orgs];
        orgEnd = new int[orgs];
        orgHead = new int[orgs];
        orgExt = new byte[orgs];
        Arrays.fill(orgHead, -1);

        home = new int[n];
        boss = new int[n];
        rank = new byte[n];
        role = new byte[n];
        stance = new byte[n];
        flags = new byte[n];
        outDegree = new int[n];

        // ---- group, board, executives
        groupOrg = newOrg(O_GROUP, -1, -1, 0);
        boardOrg = newOrg(O_BOARD, groupOrg, -1, 0);
        orgFirst[groupOrg] = 0;
        orgFirst[boardOrg] = 0;
        int chair = newPerson(BOARD, boardOrg, -1);
        orgHead[boardOrg] = chair;
        for (int i = 1; i < b; i++) {
            newPerson(BOARD, boardOrg, -1);
        }
        orgEnd[boardOrg] = p;
        ceo = newPerson(C_LEVEL, groupOrg, chair);
        orgHead[groupOrg] = ceo;
        for (int i = 1; i < g; i++) {
            newPerson(C_LEVEL, groupOrg, ceo);
        }
        cto = ceo + 1;
        cfo = ceo + 2;
        cpo = g > 3 ? ceo + 3 : -1;
        hierStart = p;

        // ---- companies, departments, teams (depth first)
        functionOrder = new int[companies][];
        for (int c = 0; c < companies; c++) {
            buildUnit(levels, groupOrg, ceo, c);
        }
        childCounts = null;
        cursor = null;
        functionOrder = null;
        orgEnd[groupOrg] = p;
        regStart = p;

        // ---- committees (members come from departments; nobody's home)
        bidOrg = newOrg(O_BID, groupOrg, -1, 0);
        techOrg = newOrg(O_TECH, groupOrg, -1, 0);

        // ---- regulator and outsiders: outside the group
        regOrg = newOrg(O_REGULATOR, -1, -1, 0);
        orgFirst[regOrg] = p;
        int regHead = newPerson(EXTERNAL, regOrg, -1);
        orgHead[regOrg] = regHead;
        for (int i = 1; i < rg; i++) {
            newPerson(EXTERNAL, regOrg, regHead);
        }
        orgEnd[regOrg] = p;
        outStart = p;
        outOrg = newOrg(O_OUTSIDE, -1, -1, 0);
        orgFirst[outOrg] = p;
        for (int i = 0; i < x; i++) {
            newPerson(EXTERNAL, outOrg, -1);
        }
        orgEnd[outOrg] = p;
        if (p != n || orgCount != orgs) {
            throw new IllegalStateException("plan mismatch: people " + p + "/" + n + ", orgs " + orgCount + "/" + orgs);
        }

        // ---- extensive level (goodwill) for the group, companies and departments
        for (int o = 0; o < orgCount; o++) {
            byte t = orgType[o];
            if (t == O_GROUP || t == O_COMPANY || t == O_SUBSIDIARY || t == O_DEPT) {
                int v = rng.nextInt(100);
                orgExt[o] = (byte) (v < 15 ? 0 : v < 60 ? 1 : v < 90 ? 2 : 3);
            } else {
                orgExt[o] = -1;
            }
        }

        // ---- committees
        bidChair = procurementHead >= 0 ? procurementHead : pickDirectorOrManager(-1);
        flags[bidChair] |= F_BID;
        int tc = networkHead >= 0 && networkHead != bidChair ? networkHead : pickDirectorOrManager(bidChair);
        techChair = tc >= 0 ? tc : cto;
        flags[techChair] |= F_TECH;
        addCommitteeMembers(F_BID, 4 + rng.nextInt(5));
        addCommitteeMembers(F_TECH, 4 + rng.nextInt(8));

        // ---- decision roles
        assignRoles(APPROVER, 1 + rng.nextInt(3), new int[] {ceo, chair, cfo});
        assignRoles(DECISION_MAKER, 2 + rng.nextInt(4),
                new int[] {cto, bidChair, g > 3 ? cpo : cfo, techChair, mainCompanyHead, g > 4 ? ceo + 4 : chair});
        int evalTarget = Math.max(1, (int) Math.round(n * 0.01));
        int evals = 0;
        for (int i = hierStart; i < regStart && evals < evalTarget; i++) {   // committee members first
            if ((flags[i] & (F_BID | F_TECH)) != 0 && role[i] == 0) {
                role[i] = EVALUATOR;
                evals++;
            }
        }
        for (int attempts = 0; evals < evalTarget && attempts < 4 * evalTarget + 100; attempts++) {
            int i = pickDirectorOrManager(-1);
            if (i >= 0 && role[i] == 0) {
                role[i] = EVALUATOR;
                evals++;
            }
        }
        assignRoles(INFLUENCER, 2 + rng.nextInt(3), new int[] {outStart, boardCount > 1 ? 1 : chair, outStart + 1});
        assignRandomRoles(USER, 2 + rng.nextInt(3), MANAGER);
        assignRandomRoles(GATEKEEPER, 1 + rng.nextInt(3), MANAGER);

        // ---- brokers, rising stars
        int brokerTarget = Math.max(2, (int) Math.round(n * 0.004));
        for (int k = 0, attempts = 0; k < brokerTarget && attempts < 20 * brokerTarget; attempts++) {
            int i = hierStart + rng.nextInt(regStart - hierStart);
            if ((flags[i] & F_BROKER) == 0) {
                flags[i] |= F_BROKER;
                k++;
            }
        }
        int risingTarget = Math.max(1, n / 500);
        for (int k = 0, attempts = 0; k < risingTarget && attempts < 50 * risingTarget; attempts++) {
            int i = hierStart + rng.nextInt(regStart - hierStart);
            if ((rank[i] == MANAGER || rank[i] == DIRECTOR) && (flags[i] & F_RISING) == 0) {
                flags[i] |= F_RISING;
                k++;
            }
        }
        brokers = collect(i -> (flags[i] & F_BROKER) != 0);
        chain = collect(i -> role[i] != 0);
        evaluators = collect(i -> role[i] == EVALUATOR);

        // ---- stances: mostly NEUTRAL / FAVORABLE
        for (int i = 0; i < n; i++) {
            int v = rng.nextInt(100);
            stance[i] = v < 7 ? OPPOSED : v < 57 ? NEUTRAL : v < 82 ? FAVORABLE : v < 96 ? SUPPORTIVE : CHAMPION;
        }

        assignOutDegrees(spec.ties());

        // ---- our staff
        int s = spec.staff();
        staffName = new String[s];
        staffTitle = new String[s];
        staffRank = new String[s];
        staffEmail = new String[s];
        java.util.Set<String> emails = new java.util.HashSet<>();   // membership only, never iterated
        for (int i = 0; i < s; i++) {
            int ri = i % Vocabulary.STAFF_ROLES.length;
            staffTitle[i] = Vocabulary.STAFF_ROLES[ri];
            staffRank[i] = Vocabulary.STAFF_ROLE_RANKS[ri];
            for (int attempt = 0; ; attempt++) {
                String first = Vocabulary.FIRST[rng.nextInt(Vocabulary.ASCII_FIRST)];
                String last = Vocabulary.LAST[rng.nextInt(Vocabulary.ASCII_LAST)];
                String local = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "");
                String email = (attempt < 20 ? local : local + "." + (i + 1)) + "@vendor.example";
                if (emails.add(email)) {
                    staffName[i] = first + " " + last;
                    staffEmail[i] = email;
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ structure

    /**
     * Org counts per level for {@code teams} teams: index 0 = teams, 1 = departments that hold teams, ...,
     * last = companies. Spans shrink geometrically so every level has about the same span (at most ~10.5).
     */
    static int[] levelCounts(int teams) {
        int spans = teams <= 1 ? 3 : Math.max(3, (int) Math.ceil(StrictMath.log(teams) / StrictMath.log(10.5) - 1e-9));
        double s = StrictMath.pow(teams, 1.0 / spans);
        int m = spans - 1;
        int[] counts = new int[m + 1];
        counts[0] = teams;
        for (int j = 1; j <= m; j++) {
            counts[j] = Math.max(1, Math.min(counts[j - 1], (int) Math.round(teams / StrictMath.pow(s, j))));
        }
        return counts;
    }

    /**
     * Splits {@code total} into {@code parts} sizes, each within [5, 12] whenever the average allows it:
     * uniform random sizes in the widest range centred on the average, then nudged one by one until they add up.
     */
    int[] partition(int total, int parts) {
        int lo = Math.max(Math.min(5, total / parts), total >= parts ? 1 : 0);
        int hi = Math.max(12, (total + parts - 1) / parts);
        double avg = (double) total / parts;
        double half = Math.min(avg - lo, hi - avg);          // widest range centred on the average
        int a = Math.max(lo, (int) Math.floor(avg - half));
        int b = Math.min(hi, (int) Math.ceil(avg + half));
        int[] sizes = new int[parts];
        long sum = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = a + rng.nextInt(b - a + 1);
            sum += sizes[i];
        }
        while (sum != total) {
            int step = sum > total ? -1 : 1;
            int start = rng.nextInt(parts);
            for (int k = 0; k < parts && sum != total; k++) {
                int i = (start + k) % parts;
                int v = sizes[i] + step;
                if (v >= lo && v <= hi && rng.nextInt(4) == 0) {
                    sizes[i] = v;
                    sum += step;
                }
            }
        }
        return sizes;
    }

    private void buildUnit(int level, int parentOrg, int parentHead, int code) {
        byte type;
        if (level == levels) {
            type = code == 0 || rng.nextInt(2) == 0 ? O_COMPANY : O_SUBSIDIARY;
        } else {
            type = level == 0 ? O_TEAM : O_DEPT;
        }
        int org = newOrg(type, parentOrg, level, code);
        orgFirst[org] = p;
        if (level == 0) {
            int staffCount = childCounts[0][cursor[0]++];
            int mgr = newPerson(MANAGER, org, parentHead);
            orgHead[org] = mgr;
            for (int i = 0; i < staffCount; i++) {
                newPerson(STAFF, org, mgr);
            }
        } else {
            int head = newPerson(level == levels ? VP : DIRECTOR, org, parentHead);
            orgHead[org] = head;
            if (level == levels) {
                functionOrder[code] = functionOrder(code);
                if (code == 0) {
                    mainCompanyHead = head;
                }
            }
            if (level == levels - 1 && orgCode[parentOrg] == 0 && orgLevel[parentOrg] == levels) {
                if (code == 0) {
                    procurementHead = head;
                } else if (code == 1) {
                    networkHead = head;
                }
            }
            int kids = childCounts[level][cursor[level]++];
            for (int c = 0; c < kids; c++) {
                int childCode = level == levels ? functionOrder[code][c % Vocabulary.FUNCTIONS.length] : c;
                buildUnit(level - 1, org, head, childCode);
            }
        }
        orgEnd[org] = p;
    }

    /** A company's departments take functions in a shuffled order; the main company starts with Procurement, Network Technology. */
    private int[] functionOrder(int company) {
        int[] f = new int[Vocabulary.FUNCTIONS.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = i;
        }
        int from = company == 0 ? 2 : 0;
        for (int i = f.length - 1; i > from; i--) {
            int j = from + rng.nextInt(i - from + 1);
            int t = f[i];
            f[i] = f[j];
            f[j] = t;
        }
        return f;
    }

    private int newOrg(byte type, int parent, int level, int code) {
        int o = orgCount++;
        orgType[o] = type;
        orgParent[o] = parent;
        orgLevel[o] = (byte) level;
        orgCode[o] = (short) code;
        return o;
    }

    private int newPerson(byte r, int org, int bossIndex) {
        int i = p++;
        rank[i] = r;
        home[i] = org;
        boss[i] = bossIndex;
        return i;
    }

    // ------------------------------------------------------------------ roles

    private int pickDirectorOrManager(int exclude) {
        int span = regStart - hierStart;
        for (int attempt = 0; attempt < 200; attempt++) {
            int i = hierStart + rng.nextInt(span);
            if (i != exclude && (rank[i] == DIRECTOR || rank[i] == MANAGER)) {
                return i;
            }
        }
        for (int i = hierStart; i < regStart; i++) {
            if (i != exclude && (rank[i] == DIRECTOR || rank[i] == MANAGER)) {
                return i;
            }
        }
        return -1;
    }

    private void addCommitteeMembers(int flag, int count) {
        int span = regStart - hierStart;
        for (int k = 0, attempts = 0; k < count && attempts < 200 * count; attempts++) {
            int i = hierStart + rng.nextInt(span);
            boolean eligible = rank[i] == DIRECTOR || rank[i] == MANAGER || (flag == F_TECH && rank[i] == STAFF);
            if (eligible && (flags[i] & flag) == 0) {
                flags[i] |= flag;
                k++;
            }
        }
    }

    private void assignRoles(byte r, int count, int[] candidates) {
        for (int k = 0, c = 0; k < count && c < candidates.length; c++) {
            int i = candidates[c];
            if (i >= 0 && role[i] == 0) {
                role[i] = r;
                k++;
            }
        }
    }

    private void assignRandomRoles(byte r, int count, byte wantedRank) {
        int span = regStart - hierStart;
        for (int k = 0, attempts = 0; k < count && attempts < 500; attempts++) {
            int i = hierStart + rng.nextInt(span);
            if (rank[i] == wantedRank && role[i] == 0) {
                role[i] = r;
                k++;
            }
        }
    }

    private int[] collect(java.util.function.IntPredicate keep) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                c++;
            }
        }
        int[] out = new int[c];
        for (int i = 0, k = 0; i < n; i++) {
            if (keep.test(i)) {
                out[k++] = i;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ ties

    /**
     * How many influence ties each person sends: proportional to a rank weight times a random activity
     * (brokers far more active), capped at n-1, summing to exactly {@code ties}.
     */
    private void assignOutDegrees(int ties) {
        final int[] rankOut = {3, 4, 3, 3, 2, 1, 2};
        long[] w = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            long v = (long) rankOut[rank[i]] * (2 + rng.nextInt(7));
            if ((flags[i] & F_BROKER) != 0) {
                v *= 6;
            }
            w[i] = v;
            total += v;
        }
        int cap = n - 1;
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            outDegree[i] = (int) Math.min(cap, (long) ties * w[i] / total);
            assigned += outDegree[i];
        }
        long left = ties - assigned;
        int start = rng.nextInt(n);
        while (left > 0) {
            for (int k = 0; k < n && left > 0; k++) {
                int i = (start + k) % n;
                if (outDegree[i] < cap) {
                    outDegree[i]++;
                    left--;
                }
            }
        }
    }

    /** Initial attractiveness (before preferential attachment) of each person as a tie target. */
    long[] targetWeights() {
        final int[] rankIn = {10, 16, 12, 8, 5, 2, 6};
        SplittableRandom r = new SplittableRandom(mix(spec.seed(), 3));
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            w[i] = (long) rankIn[rank[i]] * (1 + (int) (7 * u * u));
        }
        return w;
    }

    /** The person an outsider is closest to (the archetype's target), for the forced hidden tie. */
    int outsiderTarget(int outsiderIndex) {
        int chair = 0;
        switch (outsiderIndex % Vocabulary.OUTSIDERS.length) {
            case 0: return chair;
            case 1: return ceo;
            case 2: return cto;
            case 3:
            case 4: return cfo;
            case 5: return bidChair;
            case 6: return ceo;
            default: return techChair;
        }
    }

    // ------------------------------------------------------------------ naming

    String orgName(int o) {
        switch (orgType[o]) {
            case O_GROUP: return brand + " Telecom Group";
            case O_BOARD: return "Board of Directors";
            case O_COMPANY:
            case O_SUBSIDIARY: return brand + " " + word(Vocabulary.COMPANY_SUFFIX, orgCode[o]);
            case O_BID: return "Bid Evaluation Committee";
            case O_TECH: return "Technical Committee";
            case O_REGULATOR: return Vocabulary.REGULATOR_NAME;
            case O_OUTSIDE: return Vocabulary.OUTSIDE_NAME;
            case O_TEAM: return orgName(orgParent[o]) + " \u2013 Team " + word(Vocabulary.TEAMS, orgCode[o]);
            default: {
                int below = levels - 1 - orgLevel[o];   // 0 = top department of a company
                if (below == 0) {
                    return word(Vocabulary.FUNCTIONS, orgCode[o]);
                }
                String[] list = below == 1 ? Vocabulary.AREAS : Vocabulary.REGIONS;
                String suffix = below <= 2 ? word(list, orgCode[o]) : "Unit " + (orgCode[o] + 1);
                return orgName(orgParent[o]) + " " + suffix;
            }
        }
    }

    /** Word {@code i} of a list; beyond its end the word gets a number so names stay distinct. */
    static String word(String[] list, int i) {
        return i < list.length ? list[i] : list[i % list.length] + " " + (i / list.length + 1);
    }

    String personName(int i) {
        long h = mix(spec.seed() ^ 0x5DEECE66DL, i);
        String first = Vocabulary.FIRST[(int) ((h >>> 33) % Vocabulary.FIRST.length)];
        String last = Vocabulary.LAST[(int) ((h & 0x7FFFFFFFL) % Vocabulary.LAST.length)];
        return first + " " + last;
    }

    String title(int i) {
        if (i < boardCount) {
            return i == 0 ? "Chairman of the Board" : word(Vocabulary.BOARD_TITLES, (i - 1) % Vocabulary.BOARD_TITLES.length);
        }
        if (i < hierStart) {
            return Vocabulary.EXEC_TITLES[i - boardCount];
        }
        if (i >= outStart) {
            return Vocabulary.OUTSIDERS[(i - outStart) % Vocabulary.OUTSIDERS.length][0];
        }
        if (i >= regStart) {
            return Vocabulary.REGULATOR_TITLES[(i - regStart) % Vocabulary.REGULATOR_TITLES.length];
        }
        int o = home[i];
        switch (rank[i]) {
            case VP: return (orgType[o] == O_COMPANY ? "President, " : "Managing Director, ") + orgName(o);
            case DIRECTOR: return (orgLevel[o] == levels - 1 ? "Director, " : "Head of ") + orgName(o);
            case MANAGER: return "Manager, " + orgName(o);
            default: {
                long h = mix(spec.seed() ^ 0x7F4A7C15L, i);
                return Vocabulary.STAFF_TITLES[(int) ((h >>> 40) % Vocabulary.STAFF_TITLES.length)];
            }
        }
    }

    /** SplitMix64 finaliser of (seed, stream): independent, reproducible random streams and hashes. */
    static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
