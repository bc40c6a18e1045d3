package io.powermap.analysis;

import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.Paths;
import io.powermap.analysis.algo.ClusteredLayout;
import io.powermap.analysis.algo.Communities;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.domain.Lru;
import io.powermap.web.ApiException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the analytics for an account, cached per account state: every write leaves an audit entry and
 * counts up the account's change counter, so a changed counter means a stale result. Any app
 * instance computes the same answer from the same database, so the cache needs no coordination.
 * The subgraph comes from the account's snapshot, patched from the change log ({@link AnalysisSnapshots}),
 * so an edit costs a small read, not a full load.
 */
public final class AnalysisService {

    private static final int CACHE_SIZE = 64;
    private static final int LAYOUT_CACHE_SIZE = 16;

    private final AnalysisRepository repository;
    private final double reportsToWeight;
    private final Clock clock;
    private final StructureCache structures = new StructureCache();
    private final AnalysisSnapshots snapshots;
    private final Map<String, Analysis> cache = new Lru<>(CACHE_SIZE);

    private final Map<String, Map<String, double[]>> layouts = new Lru<>(LAYOUT_CACHE_SIZE);

    public AnalysisService(AnalysisRepository repository, double reportsToWeight, Clock clock) {
        this.repository = repository;
        this.snapshots = new AnalysisSnapshots(repository);
        this.reportsToWeight = reportsToWeight;
        this.clock = clock;
    }

    public Analysis analyse(String accountId, String opportunityId) {
        return analyse(accountId, opportunityId, cacheKey(accountId, opportunityId));
    }

    /**
     * What the analysis of this account (and deal) depends on: the account's state and today's date
     * (contact recency). 404 for no account, 400 for a foreign opportunity.
     */
    public String cacheKey(String accountId, String opportunityId) {
        return accountId + "|" + opportunityId + "|" + state(accountId, opportunityId).changes() + "|" + LocalDate.now(clock);
    }

    /** The analysis as of {@code key} (from {@link #cacheKey}) or newer, never older. */
    public Analysis analyse(String accountId, String opportunityId, String key) {
        LocalDate today = LocalDate.parse(key.substring(key.lastIndexOf('|') + 1));
        long state = stateOf(key);
        synchronized (cache) {
            Analysis hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        AccountGraph graph = snapshots.graph(accountId, opportunityId, state);
        Analysis result = new InfluenceAnalysis(graph, reportsToWeight).run(accountId, opportunityId, today, structures);
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }

    /**
     * Positions of the account's people for the influence map ({@link ClusteredLayout}), by the same communities
     * as the analysis (Louvain on the same influence graph, without the analysis' betweenness), kept per account
     * state. Empty when the account has fewer than {@code minPeople} or more than {@code maxPeople} people.
     */
    public Map<String, double[]> influenceLayout(String accountId, int minPeople, int maxPeople) {
        // The answer for a small account (none) is kept too: the browser asks on every influence view.
        String asOf = cacheKey(accountId, null);
        String key = asOf + "|" + minPeople + "|" + maxPeople;
        synchronized (layouts) {
            Map<String, double[]> hit = layouts.get(key);
            if (hit != null) {
                return hit;
            }
        }
        AccountGraph graph = snapshots.graph(accountId, null, stateOf(asOf));
        Map<String, double[]> layout = Map.of();
        int n = graph.people().size();
        if (n >= minPeople && n <= maxPeople) {
            WeightedDigraph influence = InfluenceAnalysis.influenceGraph(graph, graph.index(), reportsToWeight);
            double[][] xy = ClusteredLayout.positions(influence, Communities.louvain(influence));
            Map<String, double[]> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(graph.people().get(i).id(), xy[i]);
            }
            layout = Collections.unmodifiableMap(out);
        }
        synchronized (layouts) {
            layouts.put(key, layout);
        }
        return layout;
    }

    private static long stateOf(String key) {
        int dateAt = key.lastIndexOf('|');
        return Long.parseLong(key.substring(key.lastIndexOf('|', dateAt - 1) + 1, dateAt));
    }

    public Paths paths(String accountId, String fromStaffId, String toPersonId, int k) {
        AccountGraph graph = snapshots.graph(accountId, null, state(accountId, null).changes());
        if (graph.people().stream().noneMatch(p -> p.id().equals(toPersonId))) {
            throw ApiException.invalid("to", "no person with id '" + toPersonId + "' in this account");
        }
        if (fromStaffId != null && graph.staff().stream().noneMatch(s -> s.id().equals(fromStaffId))) {
            throw ApiException.invalid("from", "no staff member with id '" + fromStaffId + "' on this account's team");
        }
        return new Paths(fromStaffId, toPersonId, k, WarmPaths.find(graph, fromStaffId, toPersonId, k, reportsToWeight));
    }

    /** The account subgraph as the analytics see it (404 for no account, 400 for a foreign opportunity). */
    public AccountGraph graph(String accountId, String opportunityId) {
        return snapshots.graph(accountId, opportunityId, state(accountId, opportunityId).changes());
    }

    /** How many subgraphs were patched from the change log and how many loaded in full (for tests). */
    long[] snapshotCounts() {
        return snapshots.counts();
    }

    /** Warm paths on an already loaded graph, so a caller asking for many targets loads it once. */
    public java.util.List<AnalysisRecords.WarmPath> warmPaths(AccountGraph graph, String fromStaffId, String toPersonId, int k) {
        return WarmPaths.find(graph, fromStaffId, toPersonId, k, reportsToWeight);
    }

    private AnalysisRepository.State state(String accountId, String opportunityId) {
        AnalysisRepository.State state = repository.state(accountId, opportunityId)
                .orElseThrow(() -> ApiException.notFound("account", accountId));
        if (opportunityId != null && !state.opportunityFound()) {
            throw ApiException.invalid("opportunityId", "no opportunity with id '" + opportunityId + "' in this account");
        }
        return state;
    }
}
