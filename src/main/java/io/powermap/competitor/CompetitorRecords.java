package io.powermap.competitor;

import io.powermap.domain.Check;

import java.util.List;

/** Request and response shapes of competitors and people's alignment with them. */
public final class CompetitorRecords {

    private CompetitorRecords() {}

    public record CompetitorInput(String name, Long version) {
        public Check check() {
            return new Check().name("name", name);
        }
    }

    public record Aligned(String personId, String personName, int strength) {}

    public record Competitor(String id, String externalId, String name, List<Aligned> aligned, long version) {}

    /**
     * Body of {@code PUT people/{personId}/alignments/{competitorId}}: creates the alignment, or
     * updates it when it exists, in which case {@code version} must be the one read.
     */
    public record AlignmentInput(Integer strength, Long version) {
        public Check check() {
            return new Check().required("strength", strength).range("strength", strength, 1, 3);
        }
    }

    public record Alignment(String personId, String personName, String competitorId, String competitorName,
                            int strength, long version) {}
}
