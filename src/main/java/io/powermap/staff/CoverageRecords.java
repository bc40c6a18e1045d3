package io.powermap.staff;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.OwnerPriority;

import java.time.LocalDate;

/** Our team's coverage of an account: who knows whom ({@code KNOWS}) and who owns what ({@code OWNS}). */
public final class CoverageRecords {

    private CoverageRecords() {}

    /** Create body; on update the ends come from the path and, if sent, must be the same. */
    public record KnowsInput(String staffId, String personId, Integer strength, LocalDate lastContact, Long version) {
        public Check check() {
            return new Check().required("strength", strength).range("strength", strength, 1, 3);
        }
    }

    public record Knows(String staffId, String staffName, String personId, String personName, int strength,
                        String lastContact, long version) {}

    /** {@code targetId}: a person or org of the account, or the account's own id. */
    public record OwnsInput(String staffId, String targetId, OwnerPriority priority) {
        public OwnsInput {
            priority = priority == null ? OwnerPriority.FIRST : priority;
        }

        public Check check() {
            return new Check().id("staffId", staffId).id("targetId", targetId);
        }
    }

    public record Owns(String staffId, String staffName, String targetId, String targetName, String targetType,
                       OwnerPriority priority) {}
}
