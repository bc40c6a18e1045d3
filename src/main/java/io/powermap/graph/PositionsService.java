package io.powermap.graph;

import io.powermap.graph.PositionRecords.Positions;
import io.powermap.graph.PositionRecords.PositionsInput;
import io.powermap.graph.PositionRecords.View;
import io.powermap.web.ApiException;

/** Saved map positions: the user's dragged layout of one view, which overrides the computed one. */
public final class PositionsService {

    private final PositionsRepository repository;

    public PositionsService(PositionsRepository repository) {
        this.repository = repository;
    }

    public Positions get(String accountId, View view) {
        return repository.get(accountId, view.key()).orElseThrow(() -> ApiException.notFound("account", accountId));
    }

    public Positions put(String accountId, View view, PositionsInput in) {
        in.check().orThrow();
        return repository.put(accountId, view.key(), in.positions())
                .orElseThrow(() -> ApiException.notFound("account", accountId));
    }
}
