package io.powermap.web;

import io.powermap.account.AccountController;
import io.powermap.analysis.AnalysisController;
import io.powermap.audit.AuditController;
import io.powermap.auth.AuthController;
import io.powermap.auth.UserController;
import io.powermap.graph.GraphController;
import io.powermap.health.HealthController;
import io.powermap.io.IoController;
import io.powermap.person.InfluenceController;
import io.powermap.person.PersonController;
import io.powermap.privacy.PrivacyController;

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

/**
 * The routing table: every route of the app, in one place, each with its one access rule
 * ({@link io.powermap.auth.Access}), enforced by {@link io.powermap.auth.AccessControl} before the
 * handler runs. Handlers are small and delegate.
 */
public final class Routes {

    public record Controllers(HealthController health, AccountController accounts, GraphController graph,
                              IoController io, PersonController people, InfluenceController influences,
                              AuditController audit, AnalysisController analysis, AuthController auth,
                              UserController users, PrivacyController privacy) {}

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
            path("accounts", () -> {
                get(c.accounts()::list, SIGNED_IN);
                post(c.accounts()::create, SIGNED_IN);
                path("{accountId}", () -> {
                    get(c.accounts()::get, ACCOUNT_VIEWER);
                    put(c.accounts()::update, ACCOUNT_EDITOR);
                    delete(c.accounts()::delete, ACCOUNT_OWNER);
                    get("graph", c.graph()::get, ACCOUNT_VIEWER);
                    get("search", c.graph()::search, ACCOUNT_VIEWER);
                    get("export", c.io()::export, ACCOUNT_VIEWER);
                    get("changes", c.audit()::changes, ACCOUNT_VIEWER);
                    get("staff", c.accounts()::team, ACCOUNT_VIEWER);
                    get("analysis", c.analysis()::analysis, ACCOUNT_VIEWER);
                    get("paths", c.analysis()::paths, ACCOUNT_VIEWER);
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
                            get("personal-data", c.privacy()::personalData, ACCOUNT_OWNER);
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
                });
            });
        });
    }
}
