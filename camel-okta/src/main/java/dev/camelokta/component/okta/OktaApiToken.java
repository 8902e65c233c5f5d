package dev.camelokta.component.okta;

import java.util.Properties;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/**
 * Reads the API token from where the option apiToken points, so that the token itself never passes through what Camel
 * logs. Whatever an option is called, Camel prints at DEBUG or TRACE the values its {@code {{...}}} placeholders
 * resolve, the endpoint URIs it creates and Camel Main's {@code camel.*} properties; a reference shows only its name
 * there. An apiToken is one of:
 * <ul>
 * <li>{@code env:NAME}: the environment variable NAME;</li>
 * <li>{@code property:KEY}: the property KEY, read from Camel's properties directly: a Kamelet's or route template's
 * parameters first, then the override, application.properties and initial properties. Its value is a token or again
 * a reference;</li>
 * <li>{@code property:?KEY}: the same, optional: when KEY is not set, the component's apiToken applies. The Kamelets
 * take their apiToken parameter so, rather than as a {@code {{apiToken}}} placeholder that Camel would log;</li>
 * <li>anything else: the token itself (Okta's tokens have no colon).</li>
 * </ul>
 */
final class OktaApiToken {

    static final String ENV = "env:";
    static final String PROPERTY = "property:";
    private static final String OPTIONAL = "?";
    /** A Kamelet's parameter naming a property that names an environment variable is the longest sensible chain. */
    private static final int MAX_REFERENCES = 4;

    private OktaApiToken() {
    }

    /**
     * @param  value          the endpoint's apiToken
     * @param  componentValue the component's apiToken, for an optional property that is not set
     * @return                the token, or null when none is set
     */
    static String resolve(CamelContext camelContext, String value, String componentValue) {
        String token = follow(camelContext, value);
        return token != null ? token : follow(camelContext, componentValue);
    }

    /** The token a value stands for; null for none, or for an optional property that is not set. */
    private static String follow(CamelContext camelContext, String value) {
        String current = value;
        for (int i = 0; i < MAX_REFERENCES; i++) {
            if (current == null || !(current.startsWith(ENV) || current.startsWith(PROPERTY))) {
                return current;
            }
            current = dereference(camelContext, current);
        }
        throw invalid(value, "it leads through more than " + MAX_REFERENCES + " references; point to the token itself");
    }

    private static String dereference(CamelContext camelContext, String reference) {
        if (reference.startsWith(ENV)) {
            String name = reference.substring(ENV.length());
            String token = System.getenv(name);
            if (token == null || token.isBlank()) {
                throw invalid(reference, "the environment variable " + LogValues.safe(name) + " is "
                                         + (token == null ? "not set" : "empty") + "; set it to your Okta API token");
            }
            return token;
        }
        String key = reference.substring(PROPERTY.length());
        boolean optional = key.startsWith(OPTIONAL);
        if (optional) {
            key = key.substring(OPTIONAL.length());
        }
        String token = property(camelContext.getPropertiesComponent(), key);
        if (token == null || token.isBlank()) {
            if (optional) {
                return null;
            }
            throw invalid(reference, "no property " + LogValues.safe(key) + " is set (in application.properties, "
                                     + "the initial or override properties, or the Kamelet's parameters)");
        }
        return token;
    }

    /** Read as a map, not looked up: Camel's lookup would log the value at TRACE. */
    private static String property(PropertiesComponent properties, String key) {
        Properties local = properties.getLocalProperties();
        Object value = local == null ? null : local.get(key);
        if (value == null) {
            value = properties.loadProperties(key::equals).get(key);
        }
        return value == null ? null : value.toString();
    }

    private static IllegalArgumentException invalid(String reference, String why) {
        return new IllegalArgumentException("Invalid option apiToken '" + LogValues.safe(reference) + "': " + why);
    }
}
