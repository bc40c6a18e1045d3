package io.powermap.auth;

/** A user's role on one account, weakest first: each includes everything the ones before it may do. */
public enum Role {
    /** Reads everything about the account. */
    VIEWER,
    /** Also writes people, ties and the account itself. */
    EDITOR,
    /** Also manages the team (members), deletes the account, exports and erases a person's data. */
    OWNER;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
