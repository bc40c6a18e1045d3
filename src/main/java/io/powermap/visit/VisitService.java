package io.powermap.visit;

import io.powermap.analysis.AccountGraph;
import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.WarmPath;
import io.powermap.analysis.AnalysisService;
import io.powermap.auth.Actor;
import io.powermap.visit.VisitRecords.Action;
import io.powermap.visit.VisitRecords.ActionInput;
import io.powermap.visit.VisitRecords.Brief;
import io.powermap.visit.VisitRecords.Proposals;
import io.powermap.visit.VisitRecords.TargetBrief;
import io.powermap.visit.VisitRecords.Visit;
import io.powermap.visit.VisitRecords.VisitInput;
import io.powermap.visit.VisitRecords.VisitSummary;
import io.powermap.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Visit plans: CRUD, whom to meet, the brief (as data; {@link BriefRenderer} and {@link BriefPdf} print it). */
public final class VisitService {

    private final VisitRepository repository;
    private final AnalysisService analysis;
    private final BriefPdf pdf;
    private final Clock clock;

    public VisitService(VisitRepository repository, AnalysisService analysis, BriefPdf pdf, Clock clock) {
        this.repository = repository;
        this.analysis = analysis;
        this.pdf = pdf;
        this.clock = clock;
    }

    public List<VisitSummary> list(String accountId) {
        return repository.list(accountId);
    }

    public Visit get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("visit", id));
    }

    public Visit create(String accountId, VisitInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Visit update(String accountId, String id, VisitInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }

    public Action createAction(String accountId, String visitId, ActionInput in, Actor actor) {
        in.check().orThrow();
        return repository.createAction(accountId, visitId, in, actor);
    }

    public Action updateAction(String accountId, String visitId, String id, ActionInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.updateAction(accountId, visitId, id, in, actor);
    }

    public void deleteAction(String accountId, String visitId, String id, long version, Actor actor) {
        repository.deleteAction(accountId, visitId, id, version, actor);
    }

    public Proposals proposals(String accountId, String visitId, int limit) {
        Visit visit = get(accountId, visitId);
        Planner planner = planner(accountId, visit);
        return new Proposals(visit.id(), visit.opportunityId(), planner.proposals(visit, limit));
    }

    public Brief brief(String accountId, String visitId) {
        Visit visit = get(accountId, visitId);
        AccountGraph graph = analysis.graph(accountId, visit.opportunityId());
        Planner planner = new Planner(graph, analysis.analyse(accountId, visit.opportunityId()));
        List<String> ids = visit.targets().stream().map(VisitRecords.TargetRef::id).toList();
        Map<String, VisitRepository.TargetDetails> details = new HashMap<>();
        repository.targets(accountId, ids).forEach(d -> details.put(d.id(), d));
        LocalDate today = LocalDate.now(clock);
        List<TargetBrief> targets = new ArrayList<>();
        for (String id : ids) {
            if (details.containsKey(id) && planner.knows(id)) {
                targets.add(planner.target(id, details.get(id), visit, today, (from, to) -> {
                    List<WarmPath> paths = analysis.warmPaths(graph, from, to, 1);
                    return paths.isEmpty() ? null : paths.get(0);
                }));
            }
        }
        return new Brief(visit, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), targets,
                planner.subMap(visit, targets));
    }

    public String briefHtml(String accountId, String visitId, String lang) {
        return new BriefRenderer(Messages.of(lang)).html(brief(accountId, visitId));
    }

    public byte[] briefPdf(String accountId, String visitId, String lang) {
        Brief brief = brief(accountId, visitId);
        return pdf.render(brief, Messages.of(lang));
    }

    private Planner planner(String accountId, Visit visit) {
        AccountGraph graph = analysis.graph(accountId, visit.opportunityId());
        Analysis result = analysis.analyse(accountId, visit.opportunityId());
        return new Planner(graph, result);
    }

    /** For the timeline: the day of our last visit to the account, if any. */
    public java.util.Optional<LocalDate> lastVisit(String accountId) {
        return repository.lastVisit(accountId, LocalDate.now(clock));
    }
}
