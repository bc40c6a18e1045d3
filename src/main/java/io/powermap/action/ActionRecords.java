package io.powermap.action;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.ActionKind;
import io.powermap.domain.Vocabulary.ActionStatus;
import io.powermap.domain.Vocabulary.ComplianceRisk;
import io.powermap.io.AccountDocument.ActionData;
import io.powermap.io.DocumentValidator;

import java.time.LocalDate;

/**
 * Request and response shapes of relationship actions. GIFT, FAVOR and HOSPITALITY are anti-bribery
 * risks: they need a compliance risk of LOW or HIGH and an approver. The app only records them.
 */
public final class ActionRecords {

    private ActionRecords() {}

    /** {@code personId}: a person of the account; {@code ownerStaffId}: a staff member on its team. */
    public record ActionInput(ActionKind kind, String title, LocalDate due, ActionStatus status,
                              ComplianceRisk complianceRisk, String approvedBy, String personId,
                              String ownerStaffId, String notes, Long version) {

        /** The import's shape, so both paths apply the same rules and defaults. */
        public ActionData asData() {
            return new ActionData(null, kind, title, due, status, complianceRisk, approvedBy, personId, ownerStaffId, notes, null);
        }

        public Check check() {
            Check c = new Check();
            DocumentValidator.validateAction(c, "", asData());
            if (personId != null) {
                c.id("personId", personId);
            }
            if (ownerStaffId != null) {
                c.id("ownerStaffId", ownerStaffId);
            }
            return c;
        }
    }

    public record Action(String id, String externalId, ActionKind kind, String title, String due, ActionStatus status,
                         ComplianceRisk complianceRisk, String approvedBy, String personId, String personName,
                         String ownerStaffId, String ownerName, String notes, long version) {}
}
