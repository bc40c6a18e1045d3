package io.powermap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.powermap.domain.Dates;
import io.powermap.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The one ObjectMapper configuration: strict on input (unknown fields, coercions, duplicate keys,
 * depth and length limits, well-formed Unicode text), plain on output.
 */
public final class Json {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING = 1_000_000;

    private Json() {}

    /** For what clients send: request bodies and import files. */
    public static ObjectMapper newMapper() {
        return newMapper(true);
    }

    /**
     * For rows read back from the database: the same, less the rules on values that only input has to
     * follow (well-formed text, dates in years 0001..9999). What was stored before a rule existed stays
     * readable and exportable rather than failing every read of it.
     */
    public static ObjectMapper newStoredMapper() {
        return newMapper(false);
    }

    private static ObjectMapper newMapper(boolean input) {
        SimpleModule text = new SimpleModule("well-formed-text");
        if (input) {
            text.addDeserializer(String.class, new WellFormedString());
            text.addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE, Dates::inRange));
            text.addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT, Dates::inRange));
        } else {
            text.addDeserializer(String.class, new TextOnly());
        }
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(text)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .build());
        return mapper;
    }

    /**
     * Text fields refuse what no person's name or note contains and what breaks storage or display
     * further down: unpaired UTF-16 surrogates (from {@code \\ud800} escapes), the NUL character and the
     * Unicode noncharacters ({@code \\uFFFE}, {@code \\uFFFF}, U+FDD0..U+FDEF, U+1FFFE...: not allowed in
     * XML, so they would break the GraphML export and the PDF report; see {@link Text}).
     */
    static final class WellFormedString extends TextOnly {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && !wellFormed(s)) {
                throw ctxt.weirdStringException(s.length() > 40 ? s.substring(0, 40) : s, String.class, NOT_WELL_FORMED);
            }
            return s;
        }
    }

    /**
     * Dates and instants of input in the years 0001..9999 (see {@link Dates}); the wrapped deserializer
     * reads the value as before.
     */
    static final class InRange<T> extends StdDeserializer<T> {
        private final JsonDeserializer<T> read;
        private final Predicate<T> ok;

        InRange(Class<T> type, JsonDeserializer<T> read, Predicate<T> ok) {
            super(type);
            this.read = read;
            this.ok = ok;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            T value = read.deserialize(p, ctxt);
            if (value != null && !ok.test(value)) {
                throw InvalidFormatException.from(p, Dates.OUT_OF_RANGE, p.getText(), handledType());
            }
            return value;
        }
    }

    /** No number or boolean silently becomes text (e.g. a name of 123), whatever is stored. */
    static class TextOnly extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getText();
        }
    }

    static final String NOT_WELL_FORMED = "is not well-formed text (an unpaired surrogate, a NUL character or a Unicode noncharacter such as U+FFFE)";

    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                if (Text.isNoncharacter(Character.toCodePoint(c, s.charAt(i + 1)))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || Text.isNoncharacter(c)) {
                return false;
            }
        }
        return true;
    }

    /** The JSON path of a mapping failure in the form clients see it: {@code people[3].stance}. */
    public static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
