package io.powermap.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of an explanation as data, so each side can say it in the user's language: a message key
 * from {@link Why} and its named arguments (names and numbers as they are, enum values by name, lists
 * as lists). A sentence is a list of clauses; {@link ReasonText} or the browser's i18n.js joins them.
 */
public record Reason(String key, Map<String, Object> args) {

    /** {@code of(Why.X, "name", "Ann", "pct", 83)}: the arguments must be exactly the clause's placeholders. */
    public static Reason of(Why why, Object... namesAndValues) {
        List<String> names = why.argNames();
        if (namesAndValues.length != 2 * names.size()) {
            throw new IllegalArgumentException(why + " takes " + names);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (!names.contains(name)) {
                throw new IllegalArgumentException(why + " has no argument " + name);
            }
            args.put(name, plain(namesAndValues[i + 1]));
        }
        return new Reason(why.key(), args);
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }
}
