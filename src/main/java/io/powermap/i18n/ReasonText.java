package io.powermap.i18n;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says {@link Reason}s in one language on the server, from {@code i18n/reasons_<lang>.properties}; enum
 * labels ({@code stance.OPPOSED}) come from that bundle or the brief's. The same placeholder rules as
 * {@code reasonText} in web/js/i18n.js, so the API's English {@code reason} and the UI agree.
 */
public final class ReasonText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::(\\w+))?}");
    private static final Map<String, ReasonText> BY_LANG = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle reasons;
    private final ResourceBundle labels;

    private ReasonText(String lang) {
        this.locale = Locale.forLanguageTag(lang);
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.reasons = ResourceBundle.getBundle("i18n.reasons", locale, exact);
        this.labels = ResourceBundle.getBundle("i18n.brief", locale, exact);
    }

    /** {@code en}, {@code zh} or {@code ru} (checked by the caller); bundles are loaded once per language. */
    public static ReasonText of(String lang) {
        return BY_LANG.computeIfAbsent(lang, ReasonText::new);
    }

    public static ReasonText english() {
        return of("en");
    }

    /** The clauses as one sentence: joined with {@code reason.join}, closed with {@code reason.end}. */
    public String sentence(List<Reason> clauses) {
        if (clauses.isEmpty()) {
            return "";
        }
        return clauses.stream().map(this::clause).collect(Collectors.joining(message("reason.join"))) + message("reason.end");
    }

    public String clause(Reason r) {
        Matcher m = PLACEHOLDER.matcher(message(r.key()));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object value = r.args().get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : text(value, m.group(2))));
        }
        return m.appendTail(sb).toString();
    }

    private String text(Object value, String group) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> text(v, group)).collect(Collectors.joining(message("reason.list")));
        }
        if (group != null) {
            return label(group + "." + value, String.valueOf(value));
        }
        if (value instanceof Number n) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(1);
            return f.format(n);
        }
        return String.valueOf(value);
    }

    public boolean has(String key) {
        return reasons.containsKey(key) || labels.containsKey(key);
    }

    private String message(String key) {
        return label(key, key);
    }

    private String label(String key, String otherwise) {
        try {
            return reasons.containsKey(key) ? reasons.getString(key) : labels.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
