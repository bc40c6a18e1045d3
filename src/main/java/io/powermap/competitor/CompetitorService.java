package io.powermap.competitor;

import io.powermap.auth.Actor;
import io.powermap.competitor.CompetitorRecords.Alignment;
import io.powermap.competitor.CompetitorRecords.AlignmentInput;
import io.powermap.competitor.CompetitorRecords.Competitor;
import io.powermap.competitor.CompetitorRecords.CompetitorInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class CompetitorService {

    private final CompetitorRepository repository;

    public CompetitorService(CompetitorRepository repository) {
        this.repository = repository;
    }

    public List<Competitor> list(String accountId) {
        return repository.list(accountId);
    }

    public Competitor get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("competitor", id));
    }

    public Competitor create(String accountId, CompetitorInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Competitor update(String accountId, String id, CompetitorInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }

    public CompetitorRepository.Saved<Alignment> align(String accountId, String personId, String competitorId,
                                                       AlignmentInput in, Actor actor) {
        in.check().orThrow();
        return repository.align(accountId, personId, competitorId, in, actor);
    }

    public void unalign(String accountId, String personId, String competitorId, long version, Actor actor) {
        repository.unalign(accountId, personId, competitorId, version, actor);
    }
}
