package io.powermap.web;

import io.powermap.account.AccountController;
import io.powermap.analysis.AnalysisController;
import io.powermap.action.ActionController;
import io.powermap.competitor.CompetitorController;
import io.powermap.interaction.InteractionController;
import io.powermap.opportunity.OpportunityController;
import io.powermap.org.OrgController;
import io.powermap.staff.CoverageController;
import io.powermap.staff.StaffController;
import io.powermap.audit.AuditController;
import io.powermap.graph.GraphController;
import io.powermap.graph.PositionsController;
import io.powermap.health.HealthController;
import io.powermap.io.IoController;
import io.powermap.io.csv.CsvController;
import io.powermap.io.bulk.BulkImportController;
import io.powermap.person.InfluenceController;
import io.powermap.person.PersonController;
import io.powermap.plan.PlanController;
import io.powermap.visit.VisitController;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

/** The routing table: every route of the app, in one place. Handlers are small and delegate. */
public final class Routes {

    public record Controllers(HealthController health, AccountController accounts, GraphController graph,
                              IoController io, PersonController people, InfluenceController influences,
                              AuditController audit, AnalysisController analysis, CsvController csv,
                              // account resources (orgs, staff, coverage, competitors, deals, activity)
                              OrgController orgs, StaffController staff, CoverageController coverage,
                              CompetitorController competitors, OpportunityController opportunities,
                              InteractionController interactions, ActionController actions,
                              VisitController visits, PlanController plan,
                              PositionsController positions, BulkImportController imports) {}

    private Routes() {}

    public static void define(Controllers c) {
        path("api", () -> {
            get("health", c.health()::get);
            post("import", c.io()::importAccount);
            path("imports", () -> {
                post(c.imports()::submit);
                get("{importId}", c.imports()::get);
            });
            path("staff", () -> {
                get(c.staff()::list);
                post(c.staff()::create);
                get("changes", c.staff()::changes);
                path("{staffId}", () -> {
                    get(c.staff()::get);
                    put(c.staff()::update);
                });
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
                    get("positions/{view}", c.positions()::get);
                    put("positions/{view}", c.positions()::put);
                    get("changes", c.audit()::changes);
                    get("staff", c.accounts()::team);
                    get("analysis", c.analysis()::analysis);
                    get("paths", c.analysis()::paths);
                    post("import/people", c.csv()::importPeople);
                    post("import/ties", c.csv()::importTies);
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
                    accountResources(c);
                    // Visit planner, account plan and timeline.
                    path("visits", () -> {
                        get(c.visits()::list);
                        post(c.visits()::create);
                        path("{visitId}", () -> {
                            get(c.visits()::get);
                            put(c.visits()::update);
                            delete(c.visits()::delete);
                            get("proposals", c.visits()::proposals);
                            get("brief", c.visits()::brief);
                            path("actions", () -> {
                                post(c.visits()::createAction);
                                path("{actionId}", () -> {
                                    put(c.visits()::updateAction);
                                    delete(c.visits()::deleteAction);
                                });
                            });
                        });
                    });
                    path("targets", () -> {
                        get(c.plan()::list);
                        post(c.plan()::create);
                        path("{targetId}", () -> {
                            get(c.plan()::get);
                            put(c.plan()::update);
                            delete(c.plan()::delete);
                        });
                    });
                    get("timeline", c.plan()::timeline);
                    get("stale", c.plan()::stale);
                });
            });
        });
    }

    /** Orgs, team, knows/owns, competitors and alignments, opportunities, interactions, actions. */
    private static void accountResources(Controllers c) {
        path("orgs", () -> {
            get(c.orgs()::list);
            post(c.orgs()::create);
            path("{orgId}", () -> {
                get(c.orgs()::get);
                put(c.orgs()::update);
                delete(c.orgs()::delete);
            });
        });
        path("team/{staffId}", () -> {
            put(c.staff()::joinTeam);
            delete(c.staff()::leaveTeam);
        });
        path("knows", () -> {
            get(c.coverage()::knows);
            post(c.coverage()::createKnows);
            path("{staffId}/{personId}", () -> {
                put(c.coverage()::updateKnows);
                delete(c.coverage()::deleteKnows);
            });
        });
        path("owns", () -> {
            get(c.coverage()::owns);
            post(c.coverage()::createOwns);
            delete("{staffId}/{targetId}", c.coverage()::deleteOwns);
        });
        path("competitors", () -> {
            get(c.competitors()::list);
            post(c.competitors()::create);
            path("{competitorId}", () -> {
                get(c.competitors()::get);
                put(c.competitors()::update);
                delete(c.competitors()::delete);
            });
        });
        path("people/{personId}/alignments/{competitorId}", () -> {
            put(c.competitors()::align);
            delete(c.competitors()::unalign);
        });
        path("opportunities", () -> {
            get(c.opportunities()::list);
            post(c.opportunities()::create);
            path("{opportunityId}", () -> {
                get(c.opportunities()::get);
                put(c.opportunities()::update);
                delete(c.opportunities()::delete);
                put("roles", c.opportunities()::setRoles);
            });
        });
        path("interactions", () -> {
            get(c.interactions()::list);
            post(c.interactions()::create);
            path("{interactionId}", () -> {
                get(c.interactions()::get);
                put(c.interactions()::update);
                delete(c.interactions()::delete);
            });
        });
        path("actions", () -> {
            get(c.actions()::list);
            post(c.actions()::create);
            path("{actionId}", () -> {
                get(c.actions()::get);
                put(c.actions()::update);
                delete(c.actions()::delete);
            });
        });
    }
}
