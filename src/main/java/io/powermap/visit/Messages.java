package io.powermap.visit;

import io.powermap.i18n.ReasonText;
import io.powermap.web.ApiException;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The brief's labels in the user's language: {@code i18n/brief_<lang>.properties} (UTF-8). */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    private final String lang;
    private final ResourceBundle bundle;

    private Messages(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.brief", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code en}, {@code zh} or {@code ru}; anything else is a 400 naming {@code lang}. */
    public static Messages of(String lang) {
        if (lang == null || !LANGUAGES.contains(lang)) {
            throw ApiException.invalid("lang", "must be one of " + String.join(", ", LANGUAGES));
        }
        return new Messages(lang);
    }

    public String lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }

    /** Reasons (analysis findings, proposals) in this language. */
    public ReasonText reasons() {
        return ReasonText.of(lang);
    }

    public String of(String prefix, Enum<?> value) {
        return value == null ? get(prefix + ".none") : get(prefix + "." + value.name());
    }
}
