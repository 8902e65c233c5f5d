package dev.camelokta.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IDE completes and documents: the spring-configuration-metadata.json this starter ships.
 */
class OktaConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.okta.";

    @ParameterizedTest
    @ValueSource(strings = { "enabled", "subdomain", "api-token", "base-url", "connect-timeout", "response-timeout",
            "throw-exception-on-failure", "activate", "type-id", "max-retries", "max-retry-wait", "rate-limit-capacity",
            "max-concurrent-requests", "http-client", "lazy-start-producer", "autowired-enabled",
            "health-check-consumer-enabled", "health-check-producer-enabled" })
    void describesEveryOption(String option) throws IOException {
        JsonNode property = oktaProperties().get(PREFIX + option);

        assertThat(property).as(PREFIX + option).isNotNull();
        assertThat(property.path("description").asText()).as(PREFIX + option + " description").isNotBlank();
    }

    /** Every option of the component's own metadata is a starter property too, so that the two cannot drift apart. */
    @Test
    void mirrorsEveryOptionOfTheComponent() throws IOException {
        JsonNode component;
        try (var in = OktaConfigurationMetadataTest.class.getResourceAsStream("/META-INF/dev/camelokta/component/okta/okta.json")) {
            component = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("componentProperties");
        }
        Map<String, JsonNode> properties = oktaProperties();
        component.fieldNames().forEachRemaining(option -> {
            if (!option.equals("configuration")) { // the nested configuration object: its options are listed one by one
                String kebab = option.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
                assertThat(properties).as("starter property " + PREFIX + kebab).containsKey(PREFIX + kebab);
            }
        });
    }

    @Test
    void givesTimeoutsAsDurationsWithTheComponentsDefaults() throws IOException {
        Map<String, JsonNode> properties = oktaProperties();

        assertThat(properties.get(PREFIX + "connect-timeout").path("type").asText()).isEqualTo("java.time.Duration");
        assertThat(properties.get(PREFIX + "connect-timeout").path("defaultValue").asText()).isEqualTo("10s");
        assertThat(properties.get(PREFIX + "response-timeout").path("defaultValue").asText()).isEqualTo("30s");
        assertThat(properties.get(PREFIX + "max-retry-wait").path("defaultValue").asText()).isEqualTo("60s");
    }

    /** The okta properties of the metadata file that declares them; other starters on the classpath ship their own. */
    private static Map<String, JsonNode> oktaProperties() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (URL file : Collections.list(OktaConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = file.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    if (property.path("name").asText().startsWith(PREFIX)) {
                        properties.put(property.path("name").asText(), property);
                    }
                }
            }
        }
        return properties;
    }
}
