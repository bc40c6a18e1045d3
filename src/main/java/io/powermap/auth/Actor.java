package io.powermap.auth;

/** Who is acting: recorded on every change in the audit log. */
public record Actor(String id, String name) {

    /** Until sign-in exists every request acts as the local user of this instance. */
    public static final Actor LOCAL = new Actor("local", "local user");

    /** Seeding and other work the app does by itself. */
    public static final Actor SYSTEM = new Actor("system", "Powermap");
}
