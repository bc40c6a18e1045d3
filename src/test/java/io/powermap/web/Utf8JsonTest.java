package io.powermap.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8JsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void rawUtf8IsWrittenAsItIsByTheByteAndTheCharGenerators() throws Exception {
        String element = "{\"data\":{\"id\":\"p1\",\"label\":\"Zoë Ødegård 王小明 \\\"Q\\\" 🚀\"}}";
        // Enough elements to overflow the generator's buffer, so the path for a piece that does not fit runs too.
        List<Object> elements = new ArrayList<>();
        StringBuilder expected = new StringBuilder("{\"elements\":[");
        for (int i = 0; i < 200; i++) {
            elements.add(Utf8Json.raw(element.getBytes(StandardCharsets.UTF_8)));
            expected.append(i == 0 ? "" : ",").append(element);
        }
        expected.append("]}");
        Map<String, Object> answer = Map.of("elements", elements);

        assertEquals(expected.toString(), new String(mapper.writeValueAsBytes(answer), StandardCharsets.UTF_8));
        assertEquals(expected.toString(), mapper.writeValueAsString(answer));
        assertEquals(mapper.readTree(expected.toString()), mapper.readTree(mapper.writeValueAsBytes(answer)));
    }
}
