package io.powermap.opportunity;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.OpportunityStage;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Request and response shapes of opportunities and their per-deal decision chain. */
public final class OpportunityRecords {

    private OpportunityRecords() {}

    /** Create and full-update body; the decision chain is edited through {@code PUT .../roles}. */
    public record OpportunityInput(String name, OpportunityStage stage, Double value, String currency,
                                   LocalDate closeDate, Long version) {
        public OpportunityInput {
            stage = stage == null ? OpportunityStage.LEAD : stage;
        }

        /** The import's rules (docs/FORMAT.md): value ≥ 0, a currency code of at most 3 characters. */
        public Check check() {
            return new Check().name("name", name).range("value", value, 0, 1e15).maxLength("currency", currency, 3);
        }
    }

    public record RoleInput(String personId, DecisionRole decisionRole, Boolean hidden) {
        public RoleInput {
            hidden = hidden != null && hidden;
        }
    }

    /** Replaces the whole chain, in order; {@code version} is the opportunity's. */
    public record RolesInput(List<RoleInput> roles, Long version) {
        public RolesInput {
            roles = roles == null ? List.of() : roles;
        }

        public Check check() {
            Check c = new Check().required("version", version);
            if (roles.size() > 1000) {
                c.add("roles", "has more than 1000 items");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < roles.size(); i++) {
                RoleInput r = roles.get(i);
                String p = "roles[" + i + "]";
                if (r == null) {
                    c.add(p, "must not be null");
                    continue;
                }
                c.id(p + ".personId", r.personId()).required(p + ".decisionRole", r.decisionRole());
                if (r.personId() != null && !seen.add(r.personId())) {
                    c.add(p + ".personId", "has a role twice in this opportunity");
                }
            }
            return c;
        }
    }

    public record Role(String personId, String personName, DecisionRole decisionRole, boolean hidden) {}

    public record Opportunity(String id, String externalId, String name, OpportunityStage stage, Double value,
                              String currency, String closeDate, List<Role> roles, long version) {}
}
