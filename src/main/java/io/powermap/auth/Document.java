package io.powermap.auth;

import io.javalin.security.RouteRole;

/**
 * Marks a route a browser opens by a link rather than fetches: without a session, a browser navigation to
 * it is sent to the sign-in page and back ({@link AccessControl}), not shown a 401's JSON. Scripts and API
 * clients still get the 401.
 */
public enum Document implements RouteRole {
    /** A page or an inline PDF: the tab shows it after sign-in. */
    PAGE,
    /**
     * A file to save (Content-Disposition: attachment): the tab stays on the sign-in page while the browser
     * saves it, so the sign-in address says {@code download=1} and the page says the download started.
     */
    DOWNLOAD
}
