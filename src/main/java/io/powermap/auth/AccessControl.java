package io.powermap.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.powermap.web.ApiException;
import io.powermap.web.Requests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place access is enforced: a before-matched handler that runs ahead of every route. It
 * reads the route's {@link Access} rule, resolves the session cookie or the bearer API token into
 * an {@link Actor} (stored as the {@code actor} attribute that {@link Requests#actor} reads),
 * checks the same-origin proof on state-changing cookie requests (CSRF) and the account role for
 * every route under {@code /api/accounts/{accountId}}.
 *
 * <p>A browser opening a {@link Document} route without a session is sent to sign-in (303 with
 * the way back) instead of the 401 scripts and API clients get.
 *
 * <p>A non-member asking for an account-scoped route gets the same 404 as for an account that does
 * not exist, so account ids cannot be probed; a member whose role is too weak gets 403.
 */
public final class AccessControl {

    public static final String COOKIE = "powermap_session";
    public static final String CSRF_HEADER = "X-Powermap-Request";
    public static final String RESOLVED = "resolved";

    private final AuthService auth;
    private final boolean trustProxy;

    public AccessControl(AuthService auth, boolean trustProxy) {
        this.auth = auth;
        this.trustProxy = trustProxy;
    }

    public void handle(Context ctx) {
        Optional<Access> rule = Access.of(ctx.routeRoles());
        if (rule.isEmpty()) {
            if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
                // Fail closed: an API route that declares no (or several) rules is never served.
                throw ApiException.forbidden(ApiException.Refusal.OTHER, "this route declares no access rule");
            }
            return; // static files of the web app: public, so the sign-in page can load
        }
        Access access = rule.get();
        if (access == Access.PUBLIC) {
            if (unsafe(ctx) && ctx.header("Origin") != null && !sameOrigin(ctx, ctx.header("Origin"))) {
                throw ApiException.forbidden(ApiException.Refusal.CROSS_SITE, "cross-site request refused");
            }
            return;
        }
        AuthService.Resolved who;
        try {
            who = authenticate(ctx, false);
        } catch (ApiException e) {
            boolean download = ctx.routeRoles().contains(Document.DOWNLOAD);
            if (e.status() == 401 && (download || ctx.routeRoles().contains(Document.PAGE)) && navigation(ctx)) {
                ctx.redirect(signInAndBack(ctx) + (download ? "&download=1" : ""), HttpStatus.SEE_OTHER);
                return;
            }
            throw e;
        }
        if (refusal(who.actor(), access, ctx).isPresent()) {
            // The credential may come from the short-lived cache and predate a role granted a moment ago
            // (the account just created): ask Neo4j once more before refusing.
            who = authenticate(ctx, true);
        }
        if (who.via() == AuthService.Via.SESSION && unsafe(ctx)) {
            requireSameOrigin(ctx);
        }
        Optional<ApiException> refused = refusal(who.actor(), access, ctx);
        if (refused.isPresent()) {
            throw refused.get();
        }
        ctx.attribute("actor", who.actor());
        ctx.attribute(RESOLVED, who);
    }

    private static Optional<ApiException> refusal(Actor actor, Access access, Context ctx) {
        switch (access) {
            case SIGNED_IN -> {
                return Optional.empty();
            }
            case ADMIN -> {
                return actor.admin() ? Optional.empty() : Optional.of(ApiException.forbidden("only an administrator may do this"));
            }
            default -> {
                String accountId = Requests.accountId(ctx);
                Role needed = access.accountRole().orElseThrow();
                Optional<Role> has = actor.roleIn(accountId);
                if (has.isEmpty()) {
                    return Optional.of(ApiException.notFound("account", accountId));
                }
                return has.get().atLeast(needed) ? Optional.empty()
                        : Optional.of(ApiException.forbidden("this needs the " + needed + " role on the account; you are " + has.get()));
            }
        }
    }

    private AuthService.Resolved authenticate(Context ctx, boolean fresh) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized("use 'Authorization: Bearer <API token>' or sign in");
            }
            return auth.resolveToken(authorization.substring(7).trim(), fresh)
                    .orElseThrow(() -> ApiException.unauthorized("the API token is unknown, revoked or expired"));
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || cookie.isBlank()) {
            throw ApiException.unauthorized("sign in first");
        }
        Optional<AuthService.Resolved> session = auth.resolveSession(cookie, fresh);
        if (session.isEmpty()) {
            clearCookie(ctx);
            throw ApiException.unauthorized("your session has ended: sign in again");
        }
        return session.get();
    }

    /**
     * Whether this GET is the browser itself opening the address (a link, a new tab, window.open, a
     * download), not a script or an API client. {@code Sec-Fetch-Mode: navigate} says so and nothing
     * else can: a page's script cannot set Sec-Fetch-* and fetch() never has that mode. The mode, not
     * {@code Sec-Fetch-Dest}, because a download's destination is not {@code document}. Browsers without
     * Fetch Metadata (Safari before 16.4) are told by what only a navigation looks like: Accept naming
     * text/html. Either way a request with the header api.js always sends, or with an Authorization
     * header (API clients), is never a navigation: those keep their 401.
     */
    static boolean navigation(Context ctx) {
        if (ctx.method() != HandlerType.GET || ctx.header(CSRF_HEADER) != null || ctx.header("Authorization") != null) {
            return false;
        }
        String mode = ctx.header("Sec-Fetch-Mode");
        if (mode != null) {
            return mode.equals("navigate");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /**
     * The sign-in page with this request as its return address ({@code next}, as api.js sends a 401'd
     * page there). The address is this request's own path and query, so always a local path; login.js
     * refuses any {@code next} that would leave the origin all the same.
     */
    private static String signInAndBack(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return "/login.html";
        }
        String query = ctx.queryString();
        String here = query == null || query.isEmpty() ? path : path + "?" + query;
        return "/login.html?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    private static boolean unsafe(Context ctx) {
        HandlerType m = ctx.method();
        return m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS;
    }

    /**
     * CSRF: a state-changing request made with the session cookie must prove it comes from our own
     * pages: the {@code X-Powermap-Request} header (which a cross-site page cannot send without a CORS
     * preflight we never grant), or an Origin / Referer naming this host.
     */
    private static void requireSameOrigin(Context ctx) {
        if ("1".equals(ctx.header(CSRF_HEADER))) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (sameOrigin(ctx, origin)) {
                return;
            }
            throw ApiException.forbidden(ApiException.Refusal.CROSS_SITE, "cross-site request refused (Origin " + truncate(origin) + ")");
        }
        String referer = ctx.header("Referer");
        if (referer != null && sameOrigin(ctx, referer)) {
            return;
        }
        throw ApiException.forbidden(ApiException.Refusal.CROSS_SITE, "a state-changing request needs the " + CSRF_HEADER + ": 1 header or a same-origin Origin");
    }

    static boolean sameOrigin(Context ctx, String url) {
        String host = ctx.header("Host");
        if (host == null || url == null || url.equals("null")) {
            return false;
        }
        try {
            URI u = URI.create(url.trim());
            if (u.getHost() == null || u.getScheme() == null) {
                return false;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            String authority = u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String h = host.trim().toLowerCase(Locale.ROOT);
            String hostWithPort = h.matches(".*:\\d+$") && !h.endsWith("]") ? h : h + ":" + port;
            return authority.equals(hostWithPort);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String truncate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** Over HTTPS, directly or behind a proxy that says so. */
    public static boolean secure(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(ctx.scheme())
                || (forwarded != null && forwarded.split(",")[0].trim().equalsIgnoreCase("https"));
    }

    public static void setCookie(Context ctx, String value) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
    }

    public static void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
    }

    /** The client address: the socket's, or behind a trusted proxy the last X-Forwarded-For hop it added. */
    public String clientIp(Context ctx) {
        if (trustProxy) {
            String xff = ctx.header("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                List<String> hops = List.of(xff.split(","));
                String last = hops.get(hops.size() - 1).trim();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return ctx.ip();
    }

    /** The resolved identity of this request (set by {@link #handle}). */
    public static AuthService.Resolved resolved(Context ctx) {
        AuthService.Resolved r = ctx.attribute(RESOLVED);
        if (r == null) {
            throw ApiException.unauthorized("sign in first");
        }
        return r;
    }

}
