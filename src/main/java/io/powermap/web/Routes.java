package io.powermap.web;

import io.powermap.account.AccountController;
import io.powermap.analysis.AnalysisController;
import io.powermap.audit.AuditController;
import io.powermap.graph.GraphController;
import io.powermap.health.HealthController;
import io.powermap.io.IoController;
import io.powermap.io.bulk.BulkImportController;
import io.powermap.person.InfluenceController;
import io.powermap.person.PersonController;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

/** The routing table: every route of the app, in one place. Handlers are small and delegate. */
public final class Routes {

    public record Controllers(HealthController health, AccountController accounts, GraphController graph,
                              IoController io, PersonController people, InfluenceController influences,
                              AuditController audit, AnalysisController analysis, BulkImportController imports) {}

    private Routes() {}

    public static void define(Controllers c) {
        path("api", () -> {
            get("health", c.health()::get);
            post("import", c.io()::importAccount);
            path("imports", () -> {
                post(c.imports()::submit);
                get("{importId}", c.imports()::get);
            });
            path("accounts", () -> {
                get(c.accounts()::list);
                post(c.accounts()::create);
                path("{accountId}", () -> {
                    get(c.accounts()::get);
                    put(c.accounts()::update);
                    delete(c.accounts()::delete);
                    get("graph", c.graph()::get);
                    get("search", c.graph()::search);
                    get("export", c.io()::export);
                    get("changes", c.audit()::changes);
                    get("staff", c.accounts()::team);
                    get("analysis", c.analysis()::analysis);
                    get("paths", c.analysis()::paths);
                    path("people", () -> {
                        get(c.people()::list);
                        post(c.people()::create);
                        path("{personId}", () -> {
                            get(c.people()::get);
                            put(c.people()::update);
                            delete(c.people()::delete);
                            post("stance", c.people()::changeStance);
                        });
                    });
                    path("influences", () -> {
                        get(c.influences()::list);
                        post(c.influences()::create);
                        path("{tieId}", () -> {
                            put(c.influences()::update);
                            delete(c.influences()::delete);
                        });
                    });
                });
            });
        });
    }
}
