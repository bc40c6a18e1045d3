package io.powermap.graph;

import io.powermap.domain.Lru;
import io.powermap.web.ApiException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Shapes an account's map as ready Cytoscape.js elements, so the browser never assembles the graph:
 * person nodes carry every styling attribute, edges are typed REPORTS_TO (boss to report) or
 * INFLUENCES (a sways b) with their weight.
 *
 * <p>Above {@code lodThreshold} people the map is a level-of-detail view ({@link LevelOfDetail}):
 * cluster nodes ({@code data.type = 'cluster'}) for collapsed parts of the org tree, AGGREGATE edges
 * between them, and the people of the expanded orgs one by one. The arrays it is computed from are
 * cached per account state (its change counter), so expanding is cheap and never stale, on any instance.
 * Callers read the state first ({@link #state}) and pass it in: the same key then names the whole answer
 * in the answer cache ({@link io.powermap.web.JsonCache}). The full map's rows are kept per account and
 * brought up to date from the change log ({@link MapSnapshots}), so an edit costs a small read, not a rebuild.
 */
public final class GraphService {

    public enum View { ALL, FORMAL, INFLUENCE }

    /** {@code lod}: null (automatic by size), true (always clusters) or false (always the full graph). */
    public record Request(View view, String opportunityId, Boolean lod, List<String> expand) {}

    /** Element maps, or their JSON as kept by the full map's snapshot (written into the answer as it is). */
    public record Elements(List<?> nodes, List<?> edges) {}

    /** Present only in a level-of-detail answer. */
    public record Lod(int threshold, long people, long ties, int clusters, int visiblePeople, List<String> expanded) {}

    public record Graph(String accountId, View view, String opportunityId, Elements elements,
                        List<Map<String, Object>> orgs, Lod lod) {}

    private static final int CACHE_SIZE = 4;
    /**
     * Largest full map (people, lines, ties) a level-of-detail view is computed from by snapshot: half the
     * snapshots' budget, so one big account cannot push out all the others.
     */
    static final long SNAPSHOT_ROWS = MapSnapshots.BUDGET / 2;

    private final GraphRepository repository;
    private final MapSnapshots snapshots;
    private final int lodThreshold;
    private final Clock clock;
    private final Map<String, LevelOfDetail.Base> cache = new Lru<>(CACHE_SIZE);

    /** Rows of each account's full map when its level of detail was last computed here (people twice: lines). */
    private final Map<String, Long> mapRows = Collections.synchronizedMap(new Lru<>(10_000));

    public GraphService(GraphRepository repository, int lodThreshold) {
        this(repository, lodThreshold, Clock.systemUTC());
    }

    /** {@code clock}: today's date, which the last contacts shown depend on (as the analysis's, AnalysisService). */
    public GraphService(GraphRepository repository, int lodThreshold, Clock clock) {
        this.repository = repository;
        this.snapshots = new MapSnapshots(repository);
        this.lodThreshold = lodThreshold;
        this.clock = clock;
    }

    /**
     * Today's date: the map's last contacts are those on or before it, so a cached answer is of one state and one
     * day (a meeting entered ahead becomes the last contact when its day comes, with no write to change the state).
     */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The account's state key (its change counter); 404 when the account is not visible. */
    public long state(String accountId) {
        return state(accountId, null);
    }

    /** The same, and 400 naming {@code opportunityId} when it is not a deal of this account. */
    public long state(String accountId, String opportunityId) {
        GraphRepository.State state = repository.state(accountId, opportunityId)
                .orElseThrow(() -> ApiException.notFound("account", accountId));
        if (!state.opportunityFound()) {
            throw ApiException.invalid("opportunityId", "no opportunity with id '" + opportunityId + "' in this account");
        }
        return state.changes();
    }

    /** The full graph, whatever its size, read afresh (no snapshot, nothing cached). */
    public Graph graph(String accountId, View view, String opportunityId) {
        GraphRepository.Rows rows = repository.read(accountId, opportunityId, today(), view != View.INFLUENCE, view != View.FORMAL);
        return new Graph(accountId, view, opportunityId, elements(rows), rows.orgs(), null);
    }

    /** The map as of {@code state} (or newer: never older) and today. The full map comes from the account's snapshot. */
    public Graph graph(String accountId, Request request, long state) {
        return graph(accountId, request, today(), state);
    }

    /** The map as of {@code state} (or newer) with the last contacts on or before {@code today} (the answer's cache key has both). */
    public Graph graph(String accountId, Request request, LocalDate today, long state) {
        boolean lod = request.lod() != null ? request.lod()
                : !request.expand().isEmpty() || repository.peopleCount(accountId) > lodThreshold;
        if (!lod) {
            MapSnapshots.Snapshot snapshot = snapshots.get(accountId, request.opportunityId(), today, state);
            return new Graph(accountId, request.view(), request.opportunityId(),
                    shown(snapshot, null, request.view() != View.INFLUENCE, request.view() != View.FORMAL),
                    snapshot.rows().orgs(), null);
        }
        return levelOfDetail(accountId, request, today, state);
    }

    /** How many full-map requests were answered by patching a snapshot and by a full read (for tests). */
    long[] snapshotCounts() {
        return snapshots.counts();
    }

    /**
     * The level-of-detail view. An account whose full map fits in {@link #SNAPSHOT_ROWS} (known from its last
     * view on this instance) is computed from the full map's snapshot, patched from the change log like the full
     * map, so an edit costs a small read; a larger one, or one not seen yet, from its compact arrays and the rows
     * of the people shown. Both give the same bytes (GraphSnapshotTest).
     */
    private Graph levelOfDetail(String accountId, Request request, LocalDate today, long state) {
        boolean formal = request.view() != View.INFLUENCE;
        boolean informal = request.view() != View.FORMAL;
        Long rows = mapRows.get(accountId);
        MapSnapshots.Snapshot snapshot = rows != null && rows <= SNAPSHOT_ROWS
                ? snapshots.get(accountId, request.opportunityId(), today, state) : null;
        LevelOfDetail.Base base = base(accountId, state,
                () -> snapshot != null ? LevelOfDetail.Base.of(snapshot.rows()) : repository.lodBase(accountId));
        mapRows.put(accountId, 2L * base.people() + base.ties());
        LevelOfDetail.View v = LevelOfDetail.compute(base, lodThreshold, request.expand(), formal, informal);
        Elements people;
        List<Map<String, Object>> orgs;
        if (snapshot != null) {
            people = shown(snapshot, v.visiblePeople(), formal, informal);
            orgs = snapshot.rows().orgs();
        } else {
            GraphRepository.Rows rowsShown = repository.readAmong(accountId, request.opportunityId(), today,
                    new ArrayList<>(v.visiblePeople()), formal, informal);
            people = elements(rowsShown);
            orgs = rowsShown.orgs();
        }
        List<Object> nodes = new ArrayList<>(v.clusters());
        nodes.addAll(people.nodes());
        List<Object> edges = new ArrayList<>(people.edges());
        edges.addAll(v.aggregateEdges());
        return new Graph(accountId, request.view(), request.opportunityId(), new Elements(nodes, edges), orgs,
                new Lod(v.threshold(), base.people(), base.ties(), v.clusters().size(), v.visiblePeople().size(), v.expanded()));
    }

    /**
     * The snapshot's elements as JSON for the people shown one by one ({@code null}: everyone) and the lines
     * and ties among them, in the snapshot's order (people by name, lines and ties by id).
     */
    private static Elements shown(MapSnapshots.Snapshot snapshot, Set<String> people, boolean formal, boolean informal) {
        GraphRepository.Rows all = snapshot.rows();
        Predicate<Map<String, Object>> person = people == null ? r -> true : r -> people.contains((String) r.get("id"));
        Predicate<Map<String, Object>> among = people == null ? r -> true
                : r -> people.contains((String) r.get("source")) && people.contains((String) r.get("target"));
        List<Object> edges = new ArrayList<>();
        if (formal) {
            edges.addAll(snapshot.json(all.reportsTo().stream().filter(among).toList()));
        }
        if (informal) {
            edges.addAll(snapshot.json(all.influences().stream().filter(among).toList()));
        }
        return new Elements(snapshot.json(all.people().stream().filter(person).toList()), edges);
    }

    /** The account's level-of-detail arrays as of {@code state}, cached per state (they do not depend on the opportunity). */
    private LevelOfDetail.Base base(String accountId, long state, Supplier<LevelOfDetail.Base> read) {
        String key = accountId + "|" + state;
        LevelOfDetail.Base base;
        synchronized (cache) {
            base = cache.get(key);
        }
        if (base == null) {
            base = read.get();
            synchronized (cache) {
                cache.put(key, base);
            }
        }
        return base;
    }

    private static Elements elements(GraphRepository.Rows rows) {
        List<Object> nodes = new ArrayList<>(rows.people().size());
        rows.people().forEach(row -> nodes.add(MapElements.person(row)));
        List<Object> edges = new ArrayList<>(rows.reportsTo().size() + rows.influences().size());
        rows.reportsTo().forEach(row -> edges.add(MapElements.line(row)));
        rows.influences().forEach(row -> edges.add(MapElements.tie(row)));
        return new Elements(nodes, edges);
    }
}
