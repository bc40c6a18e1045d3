package io.powermap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.web.ApiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@code powermap/1} document of an account: what import reads, export writes. */
public final class ExportService {

    private final ExportRepository repository;
    private final ObjectMapper mapper;

    public ExportService(ExportRepository repository, ObjectMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    public AccountDocument export(String accountId) {
        Map<String, List<Map<String, Object>>> sections = repository.read(accountId);
        if (sections.isEmpty()) {
            throw ApiException.notFound("account", accountId);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", AccountDocument.FORMAT);
        doc.put("exportedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        doc.put("account", sections.get("account").get(0));
        for (String section : ExportRepository.SECTIONS) {
            List<Map<String, Object>> rows = sections.get(section);
            doc.put(section, section.equals("people") ? rows.stream().map(ExportService::orgRolesAsMap).toList() : rows);
        }
        return mapper.convertValue(doc, AccountDocument.class);
    }

    /** Cypher returns membership titles as [orgId, title] pairs; the format has an object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> orgRolesAsMap(Map<String, Object> person) {
        Map<String, Object> copy = new HashMap<>(person);
        Map<String, String> roles = new LinkedHashMap<>();
        for (Object pair : (List<Object>) person.get("orgRoles")) {
            List<Object> kv = (List<Object>) pair;
            roles.put((String) kv.get(0), (String) kv.get(1));
        }
        copy.put("orgRoles", roles);
        return copy;
    }
}
