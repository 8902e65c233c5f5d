package dev.camelokta.examples.provisioning;

import java.util.Map;

/**
 * The environment variables the application reads: a seam, so that tests can run it with or without an Okta tenant
 * configured, whatever the machine's own environment holds.
 */
@FunctionalInterface
public interface Environment {

    /** @return the variable's value, or null when it is not set */
    String get(String name);

    static Environment system() {
        return System::getenv;
    }

    static Environment of(Map<String, String> variables) {
        return variables::get;
    }
}
