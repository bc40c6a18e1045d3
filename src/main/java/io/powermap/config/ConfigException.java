package io.powermap.config;

/** A setting or environment problem the operator must fix; printed as one line, never a stack trace. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
