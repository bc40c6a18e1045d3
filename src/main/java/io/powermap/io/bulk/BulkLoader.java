package io.powermap.io.bulk;

import io.powermap.io.AccountDocument.*;
import io.powermap.io.ImportRows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The write passes of a validated file: nodes first (orgs, people with their stance history,
 * competitors, opportunities, staff), then everything that links them, so a reference never waits
 * for a node further down the file. Rows go out in batches of {@code batchSize}, one transaction each;
 * stored ids are assigned up front into arrays indexed like the catalog's id indexes.
 */
final class BulkLoader {

    /** Writes one batch (section name to rows, in order) in one transaction. */
    interface Sink {
        void batch(List<Map.Entry<String, List<Map<String, Object>>>> sections);

        Map<String, String> staff(List<Map<String, Object>> rows);
    }

    private final DocumentScanner scanner;
    private final StreamingValidator.Catalog catalog;
    private final String accountId;
    private final Sink sink;
    private final int batchSize;
    private final String[] orgIds;
    private final String[] personIds;
    private final String[] competitorIds;
    private final String[] opportunityIds;
    private String[] staffIds;
    private final Map<String, List<Map<String, Object>>> pending = new LinkedHashMap<>();
    private int pendingRows;
    private List<Map<String, Object>> staffRows = new ArrayList<>();
    /** Visits are few: their ids by file id, and the follow-up actions that wait for them. */
    private final Map<String, String> visitIds = new java.util.HashMap<>();
    private final List<Map<String, Object>> followUps = new ArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "powermap-import-writer");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> inFlight = new ArrayList<>();

    BulkLoader(DocumentScanner scanner, StreamingValidator.Catalog catalog, String accountId, Sink sink, int batchSize) {
        this.scanner = scanner;
        this.catalog = catalog;
        this.accountId = accountId;
        this.sink = sink;
        this.batchSize = batchSize;
        this.orgIds = fresh(catalog.orgs.size());
        this.personIds = fresh(catalog.people.size());
        this.competitorIds = fresh(catalog.competitors.size());
        this.opportunityIds = fresh(catalog.opportunities.size());
    }

    private static String[] fresh(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = ImportRows.freshId();
        }
        return ids;
    }

    void load(Path file, StreamingValidator.ProgressSink progress) throws IOException {
        try {
            loadPipelined(file, progress);
        } finally {
            writer.shutdownNow();
        }
    }

    private void loadPipelined(Path file, StreamingValidator.ProgressSink progress) throws IOException {
        scanner.scan(file, Set.of("orgs", "people", "competitors", "opportunities", "staff"), false, this::node,
                b -> progress.at(2, b));
        flush();
        drain();
        staffIds = new String[catalog.staff.size()];
        if (!staffRows.isEmpty()) {
            Map<String, String> stored = sink.staff(staffRows);
            stored.forEach((fileId, id) -> staffIds[catalog.staff.get(fileId)] = id);
        }
        staffRows = null;
        scanner.scan(file, Set.of("orgs", "people", "influences", "knows", "owns", "alignments", "opportunities",
                "interactions", "actions", "visits", "targets"), false, this::link, b -> progress.at(3, b));
        flush();
        drain();
        for (Map<String, Object> row : followUps) {
            add("actions", row);
            endOfItem();
        }
        flush();
        drain();
    }

    private void node(String section, int i, Object item) {
        switch (section) {
            case "orgs" -> {
                OrgData o = (OrgData) item;
                add("orgs", ImportRows.org(o, org(o.id()), null));
            }
            case "people" -> {
                PersonData p = (PersonData) item;
                String pid = person(p.id());
                add("people", ImportRows.person(p, pid, p.id()));
                for (StanceEntry e : p.stanceHistory()) {
                    add("stance-history", ImportRows.stanceChange(e, pid));
                }
            }
            case "competitors" -> {
                CompetitorData c = (CompetitorData) item;
                add("competitors", ImportRows.competitor(c, competitorIds[catalog.competitors.get(c.id())]));
            }
            case "opportunities" -> {
                OpportunityData o = (OpportunityData) item;
                add("opportunities", ImportRows.opportunity(o, opportunity(o.id())));
            }
            case "staff" -> staffRows.add(ImportRows.staff((StaffData) item));
            default -> throw new IllegalStateException(section);
        }
        endOfItem();
    }

    private void link(String section, int i, Object item) {
        switch (section) {
            case "orgs" -> {
                OrgData o = (OrgData) item;
                add("org-parents", ImportRows.org(o, org(o.id()), o.parentId() == null ? null : org(o.parentId())));
            }
            case "people" -> {
                PersonData p = (PersonData) item;
                String pid = person(p.id());
                for (int k = 0; k < p.orgIds().size(); k++) {
                    add("memberships", ImportRows.membership(p, pid, k, org(p.orgIds().get(k))));
                }
                if (p.reportsTo() != null) {
                    add("reports-to", ImportRows.reportsTo(pid, person(p.reportsTo())));
                }
            }
            case "influences" -> {
                InfluenceData t = (InfluenceData) item;
                add("influences", ImportRows.influence(t, person(t.from()), person(t.to())));
            }
            case "knows" -> {
                KnowsData k = (KnowsData) item;
                add("knows", ImportRows.knows(k, staff(k.staffId()), person(k.personId())));
            }
            case "owns" -> {
                OwnsData o = (OwnsData) item;
                int p = catalog.people.get(o.targetId());
                int g = catalog.orgs.get(o.targetId());
                String target = p >= 0 ? personIds[p] : g >= 0 ? orgIds[g] : accountId;
                add("owns", ImportRows.owns(o, staff(o.staffId()), target));
            }
            case "alignments" -> {
                AlignmentData a = (AlignmentData) item;
                add("alignments", ImportRows.alignment(a, person(a.personId()), competitorIds[catalog.competitors.get(a.competitorId())]));
            }
            case "opportunities" -> {
                OpportunityData o = (OpportunityData) item;
                for (int k = 0; k < o.roles().size(); k++) {
                    RoleData r = o.roles().get(k);
                    add("roles", ImportRows.role(r, k, person(r.personId()), opportunity(o.id())));
                }
            }
            case "interactions" -> add("interactions", ImportRows.interaction((InteractionData) item, this::person, this::staff));
            case "actions" -> {
                ActionData x = (ActionData) item;
                Map<String, Object> row = ImportRows.action(x, x.personId() == null ? null : person(x.personId()),
                        x.ownerStaffId() == null ? null : staff(x.ownerStaffId()), x.visitId() == null ? null : visit(x.visitId()));
                // A visit's follow-up links to the visit, which the file may hold further down: written last.
                if (x.visitId() == null) {
                    add("actions", row);
                } else {
                    followUps.add(row);
                }
            }
            case "visits" -> {
                VisitData v = (VisitData) item;
                add("visits", ImportRows.visit(v, visit(v.id()), v.opportunityId() == null ? null : opportunity(v.opportunityId()),
                        this::person, this::staff));
            }
            case "targets" -> {
                TargetData t = (TargetData) item;
                add("targets", ImportRows.target(t, t.personId() == null ? null : person(t.personId()),
                        t.opportunityId() == null ? null : opportunity(t.opportunityId())));
            }
            default -> throw new IllegalStateException(section);
        }
        endOfItem();
    }

    private String org(String fileId) {
        return orgIds[catalog.orgs.get(fileId)];
    }

    private String person(String fileId) {
        return personIds[catalog.people.get(fileId)];
    }

    private String opportunity(String fileId) {
        return opportunityIds[catalog.opportunities.get(fileId)];
    }

    private String visit(String fileId) {
        return visitIds.computeIfAbsent(fileId, f -> java.util.UUID.randomUUID().toString());
    }

    private String staff(String fileId) {
        return staffIds[catalog.staff.get(fileId)];
    }

    private void add(String query, Map<String, Object> row) {
        pending.computeIfAbsent(query, q -> new ArrayList<>()).add(row);
        pendingRows++;
    }

    /**
     * Batches end between items, never inside one: a person's row always precedes its stance history in
     * the batch that holds them, so the history's MATCH finds the person.
     */
    private void endOfItem() {
        if (pendingRows >= batchSize) {
            flush();
        }
    }

    /** Sends what is pending as one transaction, sections in the order they were first added. */
    private void flush() {
        if (pendingRows == 0) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException(new InterruptedException("the import was stopped"));
        }
        List<Map.Entry<String, List<Map<String, Object>>>> batch = new ArrayList<>(pending.entrySet());
        pending.clear();
        pendingRows = 0;
        // One writer, in order: parsing the next batch overlaps with Neo4j writing this one. At most two
        // batches wait, so memory stays at three batches.
        drainDone();
        while (inFlight.size() >= 2) {
            await(inFlight.remove(0));
        }
        inFlight.add(writer.submit(() -> sink.batch(batch)));
    }

    private void drainDone() {
        while (!inFlight.isEmpty() && inFlight.get(0).isDone()) {
            await(inFlight.remove(0));
        }
    }

    /** Waits for every batch handed to the writer; the first failure stops the import. */
    private void drain() {
        while (!inFlight.isEmpty()) {
            await(inFlight.remove(0));
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was stopped", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

}
