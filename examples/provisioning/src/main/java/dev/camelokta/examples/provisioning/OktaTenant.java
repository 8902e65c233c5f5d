package dev.camelokta.examples.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * A real Okta org, named by the environment: OKTA_API_TOKEN with OKTA_SUBDOMAIN (acme for https://acme.okta.com) or
 * OKTA_BASE_URL (for *.oktapreview.com, *.okta-emea.com or a custom domain; it wins over the subdomain).
 *
 * @param subdomain null when only the base URL is given
 * @param baseUrl   null when only the subdomain is given
 */
public record OktaTenant(String subdomain, String baseUrl, String apiToken) {

    public static final String SUBDOMAIN = "OKTA_SUBDOMAIN";
    public static final String API_TOKEN = "OKTA_API_TOKEN";
    public static final String BASE_URL = "OKTA_BASE_URL";

    /**
     * @return the tenant, or empty when none of the variables is set
     * @throws IllegalStateException when only some are set: half a configuration must not fall back to the sandbox
     */
    public static Optional<OktaTenant> fromEnvironment(Environment environment) {
        String subdomain = value(environment, SUBDOMAIN);
        String baseUrl = value(environment, BASE_URL);
        String apiToken = value(environment, API_TOKEN);
        if (subdomain == null && baseUrl == null && apiToken == null) {
            return Optional.empty();
        }
        if (apiToken == null) {
            throw new IllegalStateException((subdomain != null ? SUBDOMAIN : BASE_URL) + " is set but " + API_TOKEN
                                            + " is not: set both to use your Okta tenant, or neither to use the embedded sandbox");
        }
        if (subdomain == null && baseUrl == null) {
            throw new IllegalStateException(API_TOKEN + " is set but " + SUBDOMAIN + " is not: set it too (acme for "
                                            + "https://acme.okta.com), or " + BASE_URL + " for another domain");
        }
        return Optional.of(new OktaTenant(subdomain, baseUrl, apiToken));
    }

    /** The okta component's options, as Camel Main properties. */
    public Map<String, String> componentProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (baseUrl != null) {
            properties.put("camel.component.okta.base-url", baseUrl);
        } else {
            properties.put("camel.component.okta.subdomain", subdomain);
        }
        properties.put("camel.component.okta.api-token", apiToken);
        return properties;
    }

    /** Where the tenant is, for the log; never the token. */
    public String describe() {
        return baseUrl != null ? LogValues.safe(baseUrl) + " (" + BASE_URL + ")"
                : "https://" + LogValues.safe(subdomain) + ".okta.com (" + SUBDOMAIN + ")";
    }

    @Override
    public String toString() {
        return "OktaTenant[" + describe() + "]";
    }

    private static String value(Environment environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
