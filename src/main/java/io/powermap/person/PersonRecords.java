package io.powermap.person;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.io.AccountDocument.Criterion;
import io.powermap.io.AccountDocument.Needs;
import io.powermap.io.AccountDocument.PersonData;
import io.powermap.io.DocumentValidator;

import java.util.List;
import java.util.Map;

/** Request and response shapes of the person resource. */
public final class PersonRecords {

    private PersonRecords() {}

    /** Create and full-update body. {@code orgIds} and {@code reportsTo} are ids in this account. */
    public record PersonInput(String name, String title, Rank rank, List<String> orgIds, Map<String, String> orgRoles,
                              String reportsTo, DecisionRole decisionRole, Stance stance, Boolean risingStar,
                              Boolean onOrgChart, Needs needs, List<Criterion> criteria, String notes,
                              List<String> tags, Long version) {

        /** The same shape the import stores, so both paths validate and write identically. */
        public PersonData asData() {
            return new PersonData(null, name, title, rank, orgIds, orgRoles, reportsTo, decisionRole, stance,
                    List.of(), risingStar, onOrgChart, needs, criteria, notes, tags);
        }

        public Check check() {
            Check c = new Check();
            PersonData data = asData();
            DocumentValidator.validatePerson(c, "", data);
            data.orgRoles().keySet().forEach(k -> {
                if (!data.orgIds().contains(k)) {
                    c.add("orgRoles." + k, "must be one of the person's orgIds");
                }
            });
            if (data.orgIds().size() > Check.LIST_MAX) {
                c.add("orgIds", "has more than " + Check.LIST_MAX + " items");
            }
            for (int i = 0; i < data.orgIds().size(); i++) {
                c.id("orgIds[" + i + "]", data.orgIds().get(i));
            }
            return c;
        }
    }

    public record StanceInput(Stance stance, String note, Long version) {
        public Check check() {
            return new Check().required("stance", stance).required("version", version).maxLength("note", note, Check.ITEM_MAX);
        }
    }

    public record OrgRef(String id, String name, String title) {}

    public record StanceEntry(Stance stance, String at, String by, String note) {}

    public record Owner(String staffId, String name, Rank rank, String priority) {}

    /** A competitor the person is aligned with; {@code version} is the alignment's own. */
    public record Alignment(String id, String name, Integer strength, Long version) {}

    public record Person(String id, String externalId, String name, String title, Rank rank, List<String> orgIds,
                         List<OrgRef> orgs, String reportsTo, String reportsToName, DecisionRole decisionRole,
                         Stance stance, List<StanceEntry> stanceHistory, Boolean risingStar, Boolean onOrgChart,
                         Needs needs, List<Criterion> criteria, String notes, List<String> tags, List<Owner> owners,
                         List<Alignment> competitors, String lastContact, long version) {}

    public record PersonSummary(String id, String externalId, String name, String title, Rank rank,
                                DecisionRole decisionRole, Stance stance, Boolean risingStar, Boolean onOrgChart,
                                String reportsTo, long version) {}
}
