package io.powermap.person;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.io.DocumentValidator;

import java.time.LocalDate;

/** Request and response shapes of informal influence ties (a sways b). */
public final class InfluenceRecords {

    private InfluenceRecords() {}

    public record InfluenceInput(String from, String to, InfluenceKind kind, Integer strength, Double confidence,
                                 String source, LocalDate since, Long version) {
        public InfluenceInput {
            kind = kind == null ? InfluenceKind.OTHER : kind;
            confidence = confidence == null ? 1.0 : confidence;
        }

        public Check check() {
            Check c = new Check().id("from", from).id("to", to);
            DocumentValidator.validateInfluence(c, "", from, to, strength, confidence, source);
            return c;
        }
    }

    public record Influence(String id, String from, String fromName, String to, String toName, InfluenceKind kind,
                            int strength, double confidence, String source, String since, long version) {}
}
