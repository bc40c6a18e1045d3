package io.powermap.report;

import io.powermap.analysis.AccountGraph;
import io.powermap.analysis.AccountGraph.Person;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.report.ReportRecords.Group;
import io.powermap.report.ReportRecords.Row;
import io.powermap.report.ReportRecords.Section;
import io.powermap.visit.VisitRecords.MapEdge;
import io.powermap.visit.VisitRecords.MapNode;
import io.powermap.visit.VisitRecords.SubMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits an account's map into readable pages and lays each out; deterministic.
 *
 * <p>Pages follow the org tree in pre-order (siblings by name). An org whose whole subtree holds
 * at most {@link #PER_PAGE} people is one page; a bigger one gets a page (or several, marked
 * "continued") for its own members and its sub-orgs are split the same way. People without an
 * org come last. A person counts in their first org. Each page is drawn as an org chart: people
 * in rows by reporting depth within the page, at most {@link #PER_ROW} to a row, so names stay
 * readable at A4 width. The overview map shows the pages' orgs (lifted to their parents while
 * there are more than {@link #MAX_GROUPS}) as clusters with the ties between them aggregated.
 */
final class ReportLayout {

    static final int PER_PAGE = 40;
    static final int PER_ROW = 8;
    static final int MAX_ROWS = 6;
    static final int MAX_GROUPS = 24;
    static final double WIDTH = 760;
    static final int LABEL_CHARS = 14;
    static final String UNASSIGNED = "unassigned";

    private record Org(String id, String name, String parentId) {}

    /** {@code own}: the own members of an org too big for one page (its sub-orgs are units of their own). */
    private record Unit(String orgId, boolean subtree, boolean own, List<Person> people) {}

    private static final Comparator<Person> SENIOR_FIRST = Comparator
            .comparingInt((Person p) -> -p.rankOrStaff().seniority())
            .thenComparing(Person::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Person::id);

    private final AccountGraph graph;
    private final String unassignedName;
    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, Org> orgs = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<Person>> members = new HashMap<>();
    private final Map<String, String> primaryOrg = new HashMap<>();
    private final List<String> preOrder = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    ReportLayout(AccountGraph graph, List<Map<String, Object>> orgRows, String unassignedName) {
        this.graph = graph;
        this.unassignedName = unassignedName;
        for (Map<String, Object> row : orgRows) {
            Org o = new Org((String) row.get("id"), (String) row.get("name"), (String) row.get("parentId"));
            orgs.put(o.id(), o);
        }
        List<String> roots = new ArrayList<>();
        orgs.values().stream().sorted(Comparator.comparing(Org::name).thenComparing(Org::id)).forEach(o -> {
            if (o.parentId() == null || !orgs.containsKey(o.parentId())) {
                roots.add(o.id());
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o.id());
            }
        });
        for (Person p : graph.people()) {
            byId.put(p.id(), p);
            String org = p.orgIds().stream().filter(orgs::containsKey).findFirst().orElse(UNASSIGNED);
            primaryOrg.put(p.id(), org);
            members.computeIfAbsent(org, k -> new ArrayList<>()).add(p);
        }
        members.values().forEach(list -> list.sort(SENIOR_FIRST));
        Set<String> seen = new HashSet<>();
        roots.forEach(r -> order(r, seen));
        // An org on a PART_OF cycle has no root above it: it still gets its pages.
        orgs.keySet().stream().filter(id -> !seen.contains(id)).toList().forEach(id -> order(id, seen));
        Map<String, Integer> size = new HashMap<>();
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            String id = preOrder.get(i);
            size.put(id, members.getOrDefault(id, List.of()).size()
                    + children.getOrDefault(id, List.of()).stream().mapToInt(c -> size.getOrDefault(c, 0)).sum());
        }
        Set<String> placed = new HashSet<>();
        for (String id : preOrder) {
            if (placed.contains(id) || size.get(id) == 0) {
                continue;
            }
            placed.add(id);
            if (size.get(id) <= PER_PAGE) {
                List<Person> people = new ArrayList<>();
                subtree(id, placed, people);
                people.sort(SENIOR_FIRST);
                units.add(new Unit(id, children.containsKey(id), false, people));
            } else if (members.containsKey(id)) {
                units.add(new Unit(id, false, true, members.get(id)));
            }
        }
        if (members.containsKey(UNASSIGNED)) {
            units.add(new Unit(UNASSIGNED, false, false, members.get(UNASSIGNED)));
        }
    }

    private void order(String id, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        preOrder.add(id);
        children.getOrDefault(id, List.of()).forEach(c -> order(c, seen));
    }

    private void subtree(String id, Set<String> placed, List<Person> out) {
        placed.add(id);
        out.addAll(members.getOrDefault(id, List.of()));
        for (String c : children.getOrDefault(id, List.of())) {
            if (!placed.contains(c)) {
                subtree(c, placed, out);
            }
        }
    }

    String orgName(String orgId) {
        return UNASSIGNED.equals(orgId) ? unassignedName : orgs.get(orgId).name();
    }

    /** The org's ancestors' names, root first, the org itself last. */
    List<String> path(String orgId) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id = orgId; id != null && orgs.containsKey(id) && seen.add(id); id = orgs.get(id).parentId()) {
            path.add(0, orgs.get(id).name());
        }
        return path.isEmpty() ? List.of(orgName(orgId)) : path;
    }

    /**
     * The pages, in org-tree order: a big org's members split evenly into parts; small sibling
     * units packed together (first fit, largest first) up to {@link #PER_PAGE} people, so a
     * few-person org shares its page.
     */
    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            int n = u.people().size();
            if (n > PER_PAGE) {
                int parts = (n + PER_PAGE - 1) / PER_PAGE;
                for (int part = 0; part < parts; part++) {
                    List<Person> people = u.people().subList(n * part / parts, n * (part + 1) / parts);
                    sections.add(new Section(List.of(orgName(u.orgId())), orgName(u.orgId()), path(u.orgId()),
                            part + 1, parts, false, people.stream().map(this::row).toList(), page(people)));
                }
                i++;
                continue;
            }
            // The run of small units with the same page key: siblings, or a big org's own members and its small sub-orgs.
            List<Unit> run = new ArrayList<>();
            String key = packKey(u);
            while (i < units.size() && units.get(i).people().size() <= PER_PAGE && packKey(units.get(i)).equals(key)) {
                run.add(units.get(i++));
            }
            List<List<Unit>> bins = new ArrayList<>();
            List<Integer> load = new ArrayList<>();
            run.stream().sorted(Comparator.comparingInt((Unit x) -> -x.people().size())).forEach(x -> {
                int b = 0;
                while (b < bins.size() && load.get(b) + x.people().size() > PER_PAGE) {
                    b++;
                }
                if (b == bins.size()) {
                    bins.add(new ArrayList<>());
                    load.add(0);
                }
                bins.get(b).add(x);
                load.set(b, load.get(b) + x.people().size());
            });
            bins.forEach(bin -> bin.sort(Comparator.comparingInt(run::indexOf)));
            bins.sort(Comparator.comparingInt(bin -> run.indexOf(bin.get(0))));
            bins.forEach(bin -> sections.add(packedSection(bin, key)));
        }
        return sections;
    }

    private String packKey(Unit u) {
        return u.own() ? u.orgId() : parent(u.orgId());
    }

    /** Units packed on one page share a key (an org, or "" at the top): the page is titled by it (see {@link ReportRenderer}). */
    private Section packedSection(List<Unit> pack, String key) {
        List<Person> people = new ArrayList<>();
        pack.forEach(u -> people.addAll(u.people()));
        List<String> ids = pack.stream().map(Unit::orgId).toList();
        Unit first = pack.get(0);
        if (pack.size() == 1) {
            return new Section(orgNames(ids), orgName(first.orgId()), path(first.orgId()), 1, 1, first.subtree(),
                    people.stream().map(this::row).toList(), page(people));
        }
        return new Section(orgNames(ids), null, key.isEmpty() ? List.of() : path(key), 1, 1, true,
                people.stream().map(this::row).toList(), page(people));
    }

    /** The org's parent id, or "" for a top-level org and for the people without an org. */
    private String parent(String orgId) {
        Org o = orgs.get(orgId);
        return o == null || o.parentId() == null || !orgs.containsKey(o.parentId()) ? "" : o.parentId();
    }

    List<String> orgNames(List<String> ids) {
        return ids.stream().map(this::orgName).toList();
    }

    private Row row(Person p) {
        return new Row(p.id(), p.name(), p.title(), p.rank(), p.decisionRole(), p.stanceOrNeutral(),
                orgName(primaryOrg.get(p.id())), p.owners().stream().map(o -> o.name() + " (" + o.priority() + ")").toList());
    }

    /** A page's people as an org chart: rows by reporting depth within the page, bosses' teams in their order. */
    SubMap page(List<Person> people) {
        Map<String, Person> in = new LinkedHashMap<>();
        people.forEach(p -> in.put(p.id(), p));
        Map<String, Integer> depth = new HashMap<>();
        int maxDepth = 0;
        for (Person p : people) {
            int d = 0;
            Set<String> seen = new HashSet<>(List.of(p.id()));
            for (Person cur = p; cur.reportsTo() != null && in.containsKey(cur.reportsTo()) && seen.add(cur.reportsTo()); cur = in.get(cur.reportsTo())) {
                d++;
            }
            depth.put(p.id(), d);
            maxDepth = Math.max(maxDepth, d);
        }
        List<List<Person>> layers = new ArrayList<>();
        Map<String, Integer> orderInLayer = new HashMap<>();
        for (int d = 0; d <= maxDepth; d++) {
            int level = d;
            List<Person> layer = new ArrayList<>(people.stream().filter(p -> depth.get(p.id()) == level).toList());
            layer.sort(Comparator.comparingInt((Person p) -> level == 0 ? 0 : orderInLayer.getOrDefault(p.reportsTo(), 0)).thenComparing(SENIOR_FIRST));
            for (int i = 0; i < layer.size(); i++) {
                orderInLayer.put(layer.get(i).id(), i);
            }
            layers.add(layer);
        }
        List<List<Person>> rows = new ArrayList<>();
        layers.forEach(layer -> chunk(layer, rows));
        if (rows.size() > MAX_ROWS) {
            rows.clear();
            chunk(layers.stream().flatMap(List::stream).toList(), rows);
        }
        List<MapNode> nodes = new ArrayList<>();
        double step = WIDTH / PER_ROW;
        for (int r = 0; r < rows.size(); r++) {
            List<Person> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                Person p = row.get(i);
                nodes.add(new MapNode(p.id(), shortName(p.name()), "person", p.stanceOrNeutral(), risky(p),
                        WIDTH / 2 + (i - (row.size() - 1) / 2.0) * step, 30 + r * 74.0));
            }
        }
        List<MapEdge> edges = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Person p : people) {
            if (p.reportsTo() != null && in.containsKey(p.reportsTo())) {
                edges.add(new MapEdge(p.reportsTo(), p.id(), "REPORTS_TO"));
            }
        }
        for (Person p : people) {
            for (AccountGraph.Tie t : p.ties()) {
                if (in.containsKey(t.to()) && !t.to().equals(p.id()) && keys.add(p.id() + ">" + t.to())) {
                    edges.add(new MapEdge(p.id(), t.to(), "INFLUENCES"));
                }
            }
        }
        return new SubMap(WIDTH, 30 + (rows.size() - 1) * 74.0 + 34, nodes, edges);
    }

    private static void chunk(List<Person> list, List<List<Person>> rows) {
        for (int i = 0; i < list.size(); i += PER_ROW) {
            rows.add(list.subList(i, Math.min(list.size(), i + PER_ROW)));
        }
    }

    /** The overview's groups: each page's org, lifted to its parent while there are too many. */
    private Map<String, String> groupOf() {
        Map<String, String> group = new HashMap<>();
        for (Unit u : units) {
            u.people().forEach(p -> group.put(p.id(), u.orgId()));
        }
        while (new HashSet<>(group.values()).size() > MAX_GROUPS) {
            int deepest = group.values().stream().mapToInt(g -> path(g).size()).max().orElse(0);
            if (deepest <= 1) {
                break;
            }
            group.replaceAll((person, g) -> path(g).size() == deepest && !UNASSIGNED.equals(g) ? orgs.get(g).parentId() : g);
        }
        return group;
    }

    /** The overview: one cluster per group, on an ellipse in org-tree order; ties between groups aggregated. */
    Overview overview() {
        Map<String, String> group = groupOf();
        List<String> ids = new ArrayList<>();
        preOrder.stream().filter(group::containsValue).forEach(ids::add);
        if (group.containsValue(UNASSIGNED)) {
            ids.add(UNASSIGNED);
        }
        Map<String, int[]> counts = new LinkedHashMap<>(); // people, ties inside, ties out
        ids.forEach(id -> counts.put(id, new int[3]));
        Map<String, Integer> between = new LinkedHashMap<>();
        for (Person p : graph.people()) {
            String g = group.get(p.id());
            counts.get(g)[0]++;
            List<String> targets = new ArrayList<>();
            p.ties().forEach(t -> targets.add(t.to()));
            if (p.reportsTo() != null) {
                targets.add(p.reportsTo());
            }
            for (String to : targets) {
                String h = group.get(to);
                if (h == null) {
                    continue;
                }
                if (h.equals(g)) {
                    counts.get(g)[1]++;
                } else {
                    counts.get(g)[2]++;
                    counts.get(h)[2]++;
                    String key = ids.indexOf(g) < ids.indexOf(h) ? g + "\n" + h : h + "\n" + g;
                    between.merge(key, 1, Integer::sum);
                }
            }
        }
        double cx = WIDTH / 2;
        double cy = 270;
        List<MapNode> nodes = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / ids.size();
            double r = ids.size() == 1 ? 0 : 1;
            int[] c = counts.get(id);
            nodes.add(new MapNode(id, shortName(orgName(id)), "cluster", null, false,
                    cx + r * 300 * Math.cos(angle), cy + r * 215 * Math.sin(angle), c[0]));
            groups.add(new Group(id, String.join(" \u203A ", path(id)), c[0], c[1], c[2]));
        }
        List<MapEdge> edges = new ArrayList<>();
        between.forEach((key, n) -> {
            String[] ends = key.split("\n");
            edges.add(new MapEdge(ends[0], ends[1], "AGGREGATE", n));
        });
        return new Overview(new SubMap(WIDTH, 540, nodes, edges), groups);
    }

    record Overview(SubMap map, List<Group> groups) {}

    private static boolean risky(Person p) {
        return p.stanceOrNeutral() == Stance.OPPOSED || p.competitorAligned();
    }

    /** Names on the drawing are cut to fit their column; the page's table has them in full. */
    static String shortName(String name) {
        if (name == null) {
            return "";
        }
        int[] cps = name.codePoints().toArray();
        return cps.length <= LABEL_CHARS ? name : new String(cps, 0, LABEL_CHARS - 1) + "\u2026";
    }
}
