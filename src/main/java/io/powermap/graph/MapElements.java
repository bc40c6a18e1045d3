package io.powermap.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import io.powermap.web.Json;
import io.powermap.web.Utf8Json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map row as its Cytoscape element ({@code {"data": {...}}}), as a map and as JSON text. The full map's
 * snapshot keeps each row's JSON ({@link MapSnapshots}), so an answer after an edit serialises only the rows
 * the edit changed and copies the other 20,000 verbatim.
 */
final class MapElements {

    /** The app's one mapper configuration, so the copied text is exactly what serialising the map would give. */
    private static final ObjectWriter JSON = Json.newMapper().writer();

    private MapElements() {}

    static Map<String, Object> person(Map<String, Object> row) {
        Map<String, Object> data = new LinkedHashMap<>(row);
        data.put("type", "person");
        data.put("label", row.get("name"));
        return Map.of("data", data);
    }

    static Map<String, Object> line(Map<String, Object> row) {
        Map<String, Object> data = new LinkedHashMap<>(row);
        data.put("type", "REPORTS_TO");
        return Map.of("data", data);
    }

    static Map<String, Object> tie(Map<String, Object> row) {
        Map<String, Object> data = new LinkedHashMap<>(row);
        data.put("type", "INFLUENCES");
        data.put("weight", weight(row));
        return Map.of("data", data);
    }

    /** A tie row's weight: strength × confidence (DESIGN.md section 3). */
    static double weight(Map<String, Object> tie) {
        return ((Number) tie.get("strength")).doubleValue() * ((Number) tie.get("confidence")).doubleValue();
    }

    /** The element written once as JSON (UTF-8); Jackson copies a {@link RawValue} into an answer as it is. */
    static RawValue json(Map<String, Object> element) {
        try {
            // Via a String: Jackson's byte generator would write characters outside the BMP as escaped surrogate pairs,
            // where answers always carried them as plain UTF-8.
            return Utf8Json.raw(JSON.writeValueAsString(element).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
