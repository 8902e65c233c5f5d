package dev.camelokta.component.okta;

import java.util.Arrays;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;

/**
 * Makes Camel treat the option apiToken as a secret wherever it decides by option name: Camel Main's configuration
 * and property-placeholder summaries (Kamelet parameters included), its dev consoles, sanitized endpoint URIs and
 * {@code logMask}. Camel's built-in list has {@code token} and {@code apikey} but not {@code apitoken};
 * {@code privatekey} and {@code clientsecret}, the names of options Okta's OAuth would add, are on it already.
 * <p>
 * Camel compares the last segment of a property name, lower-cased and without hyphens, so {@code apiToken},
 * {@code api-token} and {@code camel.component.okta.api-token} all match. Registering is idempotent and keeps the
 * keywords the application set ({@code camel.main.additionalSensitiveKeywords}).
 */
final class OktaSensitiveKeywords {

    static final String API_TOKEN = "apitoken";

    private OktaSensitiveKeywords() {
    }

    static void register(CamelContext camelContext) {
        ExtendedCamelContext extension = camelContext.getCamelContextExtension();
        String keywords = extension.getAdditionalSensitiveKeywords();
        if (keywords == null || keywords.isBlank()) {
            extension.setAdditionalSensitiveKeywords(API_TOKEN);
        } else if (Arrays.stream(keywords.split(",")).noneMatch(k -> k.trim().toLowerCase(Locale.ROOT).equals(API_TOKEN))) {
            // the setter replaces the list (and Camel's URI sanitizer with it): add to it, never overwrite it
            extension.setAdditionalSensitiveKeywords(keywords + "," + API_TOKEN);
        }
    }
}
