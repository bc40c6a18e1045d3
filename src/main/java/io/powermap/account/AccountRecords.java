package io.powermap.account;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.CustomerClass;
import io.powermap.domain.Vocabulary.OrgLevel;

import java.util.List;

/** Request and response shapes of the account resource. */
public final class AccountRecords {

    private AccountRecords() {}

    public record Account(String id, String name, CustomerClass customerClass, OrgLevel orgLevel, String notes,
                          long version, Long people, Long opportunities, List<OpportunitySummary> opportunityList) {}

    public record OpportunitySummary(String id, String name, String stage, Double value, String currency, String closeDate) {}

    /** Create and update body; {@code version} is required on update (optimistic concurrency). */
    public record AccountInput(String name, CustomerClass customerClass, OrgLevel orgLevel, String notes, Long version) {
        public AccountInput {
            customerClass = customerClass == null ? CustomerClass.B : customerClass;
            orgLevel = orgLevel == null ? OrgLevel.VENDOR : orgLevel;
        }

        public Check check() {
            return new Check().name("name", name).text("notes", notes);
        }
    }
}
