package io.powermap.analysis;

import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.ExtensiveLevel;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.domain.Vocabulary.OrgKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's people and ties as plain data, loaded by one query: what the analytics compute on.
 * People are indexed 0..n-1 in id order, which makes every result deterministic.
 */
public record AccountGraph(List<Person> people, List<Org> orgs, List<Staff> staff) {

    public record Tie(String to, InfluenceKind kind, int strength, double confidence, String source) {
        public double weight() {
            return strength * confidence;
        }
    }

    public record Owner(String staffId, String name, Rank rank, String priority) {}

    public record Person(String id, String externalId, String name, String title, Rank rank, Stance stance,
                         Boolean onOrgChart, DecisionRole decisionRole, boolean hiddenRole, String reportsTo,
                         List<Tie> ties, List<String> orgIds, List<Owner> owners, List<String> competitors,
                         List<LocalDate> contactDates) {
        /**
         * The latest interaction or staff contact on or before {@code today}, null if none: a meeting
         * entered ahead of its date is not a contact yet (the snapshot outlives a day, so today is asked).
         */
        public LocalDate lastContact(LocalDate today) {
            for (int i = contactDates.size() - 1; i >= 0; i--) {
                if (!contactDates.get(i).isAfter(today)) {
                    return contactDates.get(i);
                }
            }
            return null;
        }

        public boolean inDecisionChain() {
            return decisionRole != null && decisionRole.seedWeight() > 0;
        }

        public boolean competitorAligned() {
            return !competitors.isEmpty();
        }

        public Rank rankOrStaff() {
            return rank == null ? Rank.STAFF : rank;
        }

        public Stance stanceOrNeutral() {
            return stance == null ? Stance.NEUTRAL : stance;
        }
    }

    public record Org(String id, String name, OrgKind kind, ExtensiveLevel extensiveLevel) {}

    public record Known(String personId, int strength) {}

    public record Staff(String id, String name, String title, Rank rank, List<Known> knows) {}

    public Map<String, Integer> index() {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            idx.put(people.get(i).id(), i);
        }
        return idx;
    }

    public Map<String, Org> orgsById() {
        Map<String, Org> byId = new HashMap<>();
        orgs.forEach(o -> byId.put(o.id(), o));
        return byId;
    }
}
