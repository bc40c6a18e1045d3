package io.powermap.interaction;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.InteractionKind;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Request and response shapes of interactions (meetings, calls, visits...) and who attended them. */
public final class InteractionRecords {

    private InteractionRecords() {}

    public static final int ATTENDEES_MAX = 200;

    /** {@code personIds}: people of the account; {@code staffIds}: staff on the account's team. */
    public record InteractionInput(LocalDate date, InteractionKind kind, String summary, List<String> personIds,
                                   List<String> staffIds, Long version) {
        public InteractionInput {
            kind = kind == null ? InteractionKind.MEETING : kind;
            personIds = personIds == null ? List.of() : personIds;
            staffIds = staffIds == null ? List.of() : staffIds;
        }

        public Check check() {
            Check c = new Check().required("date", date).text("summary", summary);
            ids(c, "personIds", personIds);
            ids(c, "staffIds", staffIds);
            return c;
        }

        private static void ids(Check c, String path, List<String> ids) {
            if (ids.size() > ATTENDEES_MAX) {
                c.add(path, "has more than " + ATTENDEES_MAX + " items");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                c.id(path + "[" + i + "]", ids.get(i));
                if (ids.get(i) != null && !seen.add(ids.get(i))) {
                    c.add(path + "[" + i + "]", "appears twice");
                }
            }
        }
    }

    public record Attendee(String id, String name) {}

    public record Interaction(String id, String externalId, String date, InteractionKind kind, String summary,
                              List<String> personIds, List<String> staffIds, List<Attendee> people,
                              List<Attendee> staff, long version) {}
}
