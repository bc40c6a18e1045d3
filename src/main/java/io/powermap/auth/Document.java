package io.powermap.auth;

import io.javalin.security.RouteRole;

/**
 * Marks a route a browser opens by a link (a page, a PDF, a download) rather than fetches: without a
 * session, a browser navigation to it is sent to the sign-in page and back ({@link AccessControl}),
 * not shown a 401's JSON. Scripts and API clients still get the 401.
 */
public enum Document implements RouteRole {
    PAGE
}
