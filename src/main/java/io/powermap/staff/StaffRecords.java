package io.powermap.staff;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.io.DocumentValidator;

import java.util.List;

/** Request and response shapes of our own staff (global, not account-scoped) and account teams. */
public final class StaffRecords {

    private StaffRecords() {}

    /** Create and full-update body; {@code email} is optional and unique (case-insensitive). */
    public record StaffInput(String name, String title, Rank rank, String email, Long version) {
        public StaffInput {
            rank = rank == null ? Rank.STAFF : rank;
            email = email == null || email.isBlank() ? null : email.strip().toLowerCase();
        }

        public Check check() {
            Check c = new Check().name("name", name).maxLength("title", title, Check.NAME_MAX);
            DocumentValidator.validateEmail(c, "email", email);
            return c;
        }
    }

    public record AccountRef(String id, String name) {}

    public record Staff(String id, String externalId, String name, String title, Rank rank, String email,
                        List<AccountRef> accounts, long version) {}
}
