package io.powermap.org;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.ExtensiveLevel;
import io.powermap.domain.Vocabulary.OrgKind;
import io.powermap.domain.Vocabulary.OwnerPriority;

import java.util.List;

/** Request and response shapes of the org resource (units, committees, regulators, group companies). */
public final class OrgRecords {

    private OrgRecords() {}

    /** Create and full-update body. {@code parentId} is an org of this account or null (top-level). */
    public record OrgInput(String name, OrgKind kind, String parentId, ExtensiveLevel extensiveLevel, Long version) {
        public OrgInput {
            kind = kind == null ? OrgKind.OTHER : kind;
        }

        public Check check() {
            Check c = new Check().name("name", name);
            if (parentId != null) {
                c.id("parentId", parentId);
            }
            return c;
        }
    }

    public record Owner(String staffId, String name, OwnerPriority priority) {}

    public record Org(String id, String externalId, String name, OrgKind kind, String parentId, String parentName,
                      ExtensiveLevel extensiveLevel, long members, long children, List<Owner> owners, long version) {}
}
