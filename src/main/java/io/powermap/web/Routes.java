package io.powermap.web;

import io.powermap.account.AccountController;
import io.powermap.action.ActionController;
import io.powermap.analysis.AnalysisController;
import io.powermap.audit.AuditController;
import io.powermap.auth.AuthController;
import io.powermap.auth.UserController;
import io.powermap.competitor.CompetitorController;
import io.powermap.graph.GraphController;
import io.powermap.graph.PositionsController;
import io.powermap.health.HealthController;
import io.powermap.interaction.InteractionController;
import io.powermap.io.IoController;
import io.powermap.io.csv.CsvController;
import io.powermap.opportunity.OpportunityController;
import io.powermap.org.OrgController;
import io.powermap.io.bulk.BulkImportController;
import io.powermap.person.InfluenceController;
import io.powermap.person.PersonController;
import io.powermap.privacy.PrivacyController;
import io.powermap.report.ReportController;
import io.powermap.staff.CoverageController;
import io.powermap.staff.StaffController;
import io.powermap.plan.PlanController;
import io.powermap.visit.VisitController;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;
import static io.powermap.auth.Access.ACCOUNT_EDITOR;
import static io.powermap.auth.Access.ACCOUNT_OWNER;
import static io.powermap.auth.Access.ACCOUNT_VIEWER;
import static io.powermap.auth.Access.ADMIN;
import static io.powermap.auth.Access.PUBLIC;
import static io.powermap.auth.Access.SIGNED_IN;
import static io.powermap.auth.Document.DOWNLOAD;
import static io.powermap.auth.Document.PAGE;

/**
 * The routing table: every route of the app, in one place, each with its one access rule
 * ({@link io.powermap.auth.Access}), enforced by {@link io.powermap.auth.AccessControl} before the
 * handler runs. Under {@code /api/accounts/{accountId}} reads need VIEWER, writes EDITOR, and team,
 * deletion of the account and personal-data duties OWNER (an ADMIN is OWNER everywhere).
 * {@link io.powermap.auth.Document} marks what links open (PAGE: brief, report; DOWNLOAD: export, personal
 * data): a browser without a session is sent to sign-in there instead of a 401.
 * Handlers are small and delegate.
 */
public final class Routes {

    public record Controllers(HealthController health, AccountController accounts, GraphController graph,
                              IoController io, PersonController people, InfluenceController influences,
                              AuditController audit, AnalysisController analysis, AuthController auth,
                              UserController users, PrivacyController privacy, CsvController csv,
                              // account resources (orgs, staff, coverage, competitors, deals, activity)
                              OrgController orgs, StaffController staff, CoverageController coverage,
                              CompetitorController competitors, OpportunityController opportunities,
                              InteractionController interactions, ActionController actions,
                              VisitController visits, PlanController plan,
                              PositionsController positions, BulkImportController imports,
                              ReportController reports) {}

    private Routes() {}

    public static void define(Controllers c) {
        path("api", () -> {
            get("health", c.health()::get, PUBLIC);
            post("login", c.auth()::login, PUBLIC);
            post("logout", c.auth()::logout, SIGNED_IN);
            path("me", () -> {
                get(c.auth()::me, SIGNED_IN);
                put("password", c.auth()::changePassword, SIGNED_IN);
                path("tokens", () -> {
                    get(c.auth()::tokens, SIGNED_IN);
                    post(c.auth()::createToken, SIGNED_IN);
                    delete("{tokenId}", c.auth()::revokeToken, SIGNED_IN);
                });
            });
            path("users", () -> {
                get(c.users()::list, ADMIN);
                post(c.users()::create, ADMIN);
                put("{userId}/disabled", c.users()::setDisabled, ADMIN);
            });
            get("security/events", c.users()::events, ADMIN);
            post("import", c.io()::importAccount, SIGNED_IN);
            // Bulk import: anyone signed in may import a new account (and owns it); a job is visible to its submitter and ADMINs.
            path("imports", () -> {
                post(c.imports()::submit, SIGNED_IN);
                get("{importId}", c.imports()::get, SIGNED_IN);
            });
            // Our own people: a directory shared by all account teams (not customer data), audited.
            path("staff", () -> {
                get(c.staff()::list, SIGNED_IN);
                post(c.staff()::create, SIGNED_IN);
                get("changes", c.staff()::changes, SIGNED_IN);
                path("{staffId}", () -> {
                    get(c.staff()::get, SIGNED_IN);
                    put(c.staff()::update, SIGNED_IN);
                });
            });
            path("accounts", () -> {
                get(c.accounts()::list, SIGNED_IN);
                post(c.accounts()::create, SIGNED_IN);
                path("{accountId}", () -> {
                    get(c.accounts()::get, ACCOUNT_VIEWER);
                    put(c.accounts()::update, ACCOUNT_EDITOR);
                    delete(c.accounts()::delete, ACCOUNT_OWNER);
                    get("graph", c.graph()::get, ACCOUNT_VIEWER);
                    get("search", c.graph()::search, ACCOUNT_VIEWER);
                    get("export", c.io()::export, ACCOUNT_VIEWER, DOWNLOAD);
                    get("report", c.reports()::report, ACCOUNT_VIEWER, PAGE);
                    get("positions/{view}", c.positions()::get, ACCOUNT_VIEWER);
                    put("positions/{view}", c.positions()::put, ACCOUNT_EDITOR);
                    get("changes", c.audit()::changes, ACCOUNT_VIEWER);
                    get("staff", c.accounts()::team, ACCOUNT_VIEWER);
                    get("analysis", c.analysis()::analysis, ACCOUNT_VIEWER);
                    get("paths", c.analysis()::paths, ACCOUNT_VIEWER);
                    post("import/people", c.csv()::importPeople, ACCOUNT_EDITOR);
                    post("import/ties", c.csv()::importTies, ACCOUNT_EDITOR);
                    path("members", () -> {
                        get(c.users()::members, ACCOUNT_VIEWER);
                        put("{userId}", c.users()::putMember, ACCOUNT_OWNER);
                        delete("{userId}", c.users()::deleteMember, ACCOUNT_OWNER);
                    });
                    path("people", () -> {
                        get(c.people()::list, ACCOUNT_VIEWER);
                        post(c.people()::create, ACCOUNT_EDITOR);
                        path("{personId}", () -> {
                            get(c.people()::get, ACCOUNT_VIEWER);
                            put(c.people()::update, ACCOUNT_EDITOR);
                            delete(c.people()::delete, ACCOUNT_EDITOR);
                            post("stance", c.people()::changeStance, ACCOUNT_EDITOR);
                            get("personal-data", c.privacy()::personalData, ACCOUNT_OWNER, DOWNLOAD);
                            post("erase", c.privacy()::erase, ACCOUNT_OWNER);
                        });
                    });
                    path("influences", () -> {
                        get(c.influences()::list, ACCOUNT_VIEWER);
                        post(c.influences()::create, ACCOUNT_EDITOR);
                        path("{tieId}", () -> {
                            put(c.influences()::update, ACCOUNT_EDITOR);
                            delete(c.influences()::delete, ACCOUNT_EDITOR);
                        });
                    });
                    accountResources(c);
                    // Visit planner, account plan and timeline.
                    path("visits", () -> {
                        get(c.visits()::list, ACCOUNT_VIEWER);
                        post(c.visits()::create, ACCOUNT_EDITOR);
                        path("{visitId}", () -> {
                            get(c.visits()::get, ACCOUNT_VIEWER);
                            put(c.visits()::update, ACCOUNT_EDITOR);
                            delete(c.visits()::delete, ACCOUNT_EDITOR);
                            get("proposals", c.visits()::proposals, ACCOUNT_VIEWER);
                            get("brief", c.visits()::brief, ACCOUNT_VIEWER, PAGE);
                            path("actions", () -> {
                                post(c.visits()::createAction, ACCOUNT_EDITOR);
                                path("{actionId}", () -> {
                                    put(c.visits()::updateAction, ACCOUNT_EDITOR);
                                    delete(c.visits()::deleteAction, ACCOUNT_EDITOR);
                                });
                            });
                        });
                    });
                    path("targets", () -> {
                        get(c.plan()::list, ACCOUNT_VIEWER);
                        post(c.plan()::create, ACCOUNT_EDITOR);
                        path("{targetId}", () -> {
                            get(c.plan()::get, ACCOUNT_VIEWER);
                            put(c.plan()::update, ACCOUNT_EDITOR);
                            delete(c.plan()::delete, ACCOUNT_EDITOR);
                        });
                    });
                    get("timeline", c.plan()::timeline, ACCOUNT_VIEWER);
                    get("stale", c.plan()::stale, ACCOUNT_VIEWER);
                });
            });
        });
    }

    /** Orgs, team, knows/owns, competitors and alignments, opportunities, interactions, actions. */
    private static void accountResources(Controllers c) {
        path("orgs", () -> {
            get(c.orgs()::list, ACCOUNT_VIEWER);
            post(c.orgs()::create, ACCOUNT_EDITOR);
            path("{orgId}", () -> {
                get(c.orgs()::get, ACCOUNT_VIEWER);
                put(c.orgs()::update, ACCOUNT_EDITOR);
                delete(c.orgs()::delete, ACCOUNT_EDITOR);
            });
        });
        path("team/{staffId}", () -> {
            put(c.staff()::joinTeam, ACCOUNT_EDITOR);
            delete(c.staff()::leaveTeam, ACCOUNT_EDITOR);
        });
        path("knows", () -> {
            get(c.coverage()::knows, ACCOUNT_VIEWER);
            post(c.coverage()::createKnows, ACCOUNT_EDITOR);
            path("{staffId}/{personId}", () -> {
                put(c.coverage()::updateKnows, ACCOUNT_EDITOR);
                delete(c.coverage()::deleteKnows, ACCOUNT_EDITOR);
            });
        });
        path("owns", () -> {
            get(c.coverage()::owns, ACCOUNT_VIEWER);
            post(c.coverage()::createOwns, ACCOUNT_EDITOR);
            delete("{staffId}/{targetId}", c.coverage()::deleteOwns, ACCOUNT_EDITOR);
        });
        path("competitors", () -> {
            get(c.competitors()::list, ACCOUNT_VIEWER);
            post(c.competitors()::create, ACCOUNT_EDITOR);
            path("{competitorId}", () -> {
                get(c.competitors()::get, ACCOUNT_VIEWER);
                put(c.competitors()::update, ACCOUNT_EDITOR);
                delete(c.competitors()::delete, ACCOUNT_EDITOR);
            });
        });
        path("people/{personId}/alignments/{competitorId}", () -> {
            put(c.competitors()::align, ACCOUNT_EDITOR);
            delete(c.competitors()::unalign, ACCOUNT_EDITOR);
        });
        path("opportunities", () -> {
            get(c.opportunities()::list, ACCOUNT_VIEWER);
            post(c.opportunities()::create, ACCOUNT_EDITOR);
            path("{opportunityId}", () -> {
                get(c.opportunities()::get, ACCOUNT_VIEWER);
                put(c.opportunities()::update, ACCOUNT_EDITOR);
                delete(c.opportunities()::delete, ACCOUNT_EDITOR);
                put("roles", c.opportunities()::setRoles, ACCOUNT_EDITOR);
            });
        });
        path("interactions", () -> {
            get(c.interactions()::list, ACCOUNT_VIEWER);
            post(c.interactions()::create, ACCOUNT_EDITOR);
            path("{interactionId}", () -> {
                get(c.interactions()::get, ACCOUNT_VIEWER);
                put(c.interactions()::update, ACCOUNT_EDITOR);
                delete(c.interactions()::delete, ACCOUNT_EDITOR);
            });
        });
        path("actions", () -> {
            get(c.actions()::list, ACCOUNT_VIEWER);
            post(c.actions()::create, ACCOUNT_EDITOR);
            path("{actionId}", () -> {
                get(c.actions()::get, ACCOUNT_VIEWER);
                put(c.actions()::update, ACCOUNT_EDITOR);
                delete(c.actions()::delete, ACCOUNT_EDITOR);
            });
        });
    }
}
