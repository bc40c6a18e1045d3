package io.powermap.graph;

import io.powermap.domain.Check;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Request and response shapes of the node positions a user dragged, saved per account and view. */
public final class PositionRecords {

    public static final int MAX_POSITIONS = 10_000;
    public static final double MAX_COORDINATE = 1e7;
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private PositionRecords() {}

    /** The map views positions are kept for: the same names as the graph endpoint's {@code view}. */
    public enum View {
        ALL, FORMAL, INFLUENCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Point(Double x, Double y) {}

    /** PUT body: every node position of the view; it replaces what was saved before. */
    public record PositionsInput(Map<String, Point> positions) {

        public Check check() {
            Check c = new Check();
            if (positions == null) {
                return c.add("positions", "is required: an object of node id to {x, y}");
            }
            if (positions.size() > MAX_POSITIONS) {
                return c.add("positions", "has more than " + MAX_POSITIONS + " entries");
            }
            positions.forEach((id, point) -> {
                String path = "positions." + (id.length() > 100 ? id.substring(0, 100) + "…" : id);
                if (!NODE_ID.matcher(id).matches()) {
                    c.add(path, "is not a node id");
                    return;
                }
                if (point == null) {
                    c.add(path, "is required: {x, y}");
                    return;
                }
                coordinate(c, path + ".x", point.x());
                coordinate(c, path + ".y", point.y());
            });
            return c;
        }

        private static void coordinate(Check c, String path, Double v) {
            if (v == null) {
                c.add(path, "is required");
            } else {
                c.range(path, v, -MAX_COORDINATE, MAX_COORDINATE);
            }
        }
    }

    /**
     * The saved positions of a view; {@code updatedAt} is null when nothing was saved yet. {@code computed}: nothing
     * was saved and these are the server's layout (the influence view of a big account), not a user's.
     */
    public record Positions(String view, String updatedAt, Map<String, Point> positions, boolean computed) {

        public Positions(String view, String updatedAt, Map<String, Point> positions) {
            this(view, updatedAt, positions, false);
        }
    }
}
