package io.powermap.graph;

import io.powermap.analysis.AnalysisService;
import io.powermap.graph.PositionRecords.Point;
import io.powermap.graph.PositionRecords.Positions;
import io.powermap.graph.PositionRecords.PositionsInput;
import io.powermap.graph.PositionRecords.View;
import io.powermap.web.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Map positions: the user's dragged layout of one view, which overrides the computed one; for the influence view
 * of a big account with nothing saved, the server's layout, so the browser does not lay out (BENCHMARKS.md).
 */
public final class PositionsService {

    /** From this many people the browser would run its draft force layout (FORCE_LIMIT in web/js/layouts.js + 1). */
    public static final int COMPUTED_FROM = 351;

    private final PositionsRepository repository;
    private final AnalysisService analysis;
    private final int lodThreshold;

    /**
     * @param lodThreshold above this many people the map is folded into org clusters, which the browser lays
     *                     out itself: no positions are computed for people then
     */
    public PositionsService(PositionsRepository repository, AnalysisService analysis, int lodThreshold) {
        this.repository = repository;
        this.analysis = analysis;
        this.lodThreshold = lodThreshold;
    }

    public Positions get(String accountId, View view) {
        Positions saved = repository.get(accountId, view.key()).orElseThrow(() -> ApiException.notFound("account", accountId));
        if (view != View.INFLUENCE || !saved.positions().isEmpty()) {
            return saved;
        }
        Map<String, double[]> layout = analysis.influenceLayout(accountId, COMPUTED_FROM, lodThreshold);
        if (layout.isEmpty()) {
            return saved;
        }
        Map<String, Point> points = new LinkedHashMap<>();
        layout.forEach((id, xy) -> points.put(id, new Point(xy[0], xy[1])));
        return new Positions(saved.view(), saved.updatedAt(), points, true);
    }

    public Positions put(String accountId, View view, PositionsInput in) {
        in.check().orThrow();
        return repository.put(accountId, view.key(), in.positions())
                .orElseThrow(() -> ApiException.notFound("account", accountId));
    }
}
