package io.powermap.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes an account's map as ready Cytoscape.js elements, so the browser never assembles the graph:
 * person nodes carry every styling attribute, edges are typed REPORTS_TO (boss to report) or
 * INFLUENCES (a sways b) with their weight.
 */
public final class GraphService {

    public enum View { ALL, FORMAL, INFLUENCE }

    public record Elements(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {}

    public record Graph(String accountId, View view, String opportunityId, Elements elements,
                        List<Map<String, Object>> orgs) {}

    private final GraphRepository repository;

    public GraphService(GraphRepository repository) {
        this.repository = repository;
    }

    public Graph graph(String accountId, View view, String opportunityId) {
        GraphRepository.Rows rows = repository.read(accountId, opportunityId, view != View.INFLUENCE, view != View.FORMAL);
        List<Map<String, Object>> nodes = new ArrayList<>(rows.people().size());
        for (Map<String, Object> person : rows.people()) {
            Map<String, Object> data = new LinkedHashMap<>(person);
            data.put("type", "person");
            data.put("label", person.get("name"));
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>(rows.reportsTo().size() + rows.influences().size());
        for (Map<String, Object> line : rows.reportsTo()) {
            Map<String, Object> data = new LinkedHashMap<>(line);
            data.put("type", "REPORTS_TO");
            edges.add(Map.of("data", data));
        }
        for (Map<String, Object> tie : rows.influences()) {
            Map<String, Object> data = new LinkedHashMap<>(tie);
            data.put("type", "INFLUENCES");
            data.put("weight", ((Number) tie.get("strength")).doubleValue() * ((Number) tie.get("confidence")).doubleValue());
            edges.add(Map.of("data", data));
        }
        return new Graph(accountId, view, opportunityId, new Elements(nodes, edges), rows.orgs());
    }
}
