package dev.camelokta.component.okta;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Component;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component is found on the classpath by its scheme, and the build puts Camel's generated descriptor in the jar.
 */
class ComponentDiscoveryTest extends CamelTestSupport {

    private static final String DESCRIPTOR = "META-INF/dev/camelokta/component/okta/okta.json";

    @Test
    void theComponentIsFoundByItsScheme() {
        assertThat(context.hasComponent("okta")).as("not added by the test").isNull();

        Component component = context.getComponent("okta");

        assertThat(component).isInstanceOf(OktaComponent.class);
    }

    @Test
    void theGeneratedDescriptorIsOnTheClasspath() throws IOException {
        URL descriptor = getClass().getClassLoader().getResource(DESCRIPTOR);
        assertThat(descriptor).as(DESCRIPTOR).isNotNull();

        JsonNode json;
        try (InputStream in = descriptor.openStream()) {
            json = new ObjectMapper().readTree(in);
        }

        assertThat(json.at("/component/scheme").asText()).isEqualTo("okta");
        assertThat(json.at("/component/javaType").asText()).isEqualTo(OktaComponent.class.getName());
        assertThat(json.at("/component/producerOnly").asBoolean()).isTrue();
        assertThat(json.at("/properties/operation/enum").toString())
                .contains("createUser", "getUser", "updateUser", "listTypeIdOptions");
        assertThat(json.at("/properties/apiToken/secret").asBoolean()).as("endpoint apiToken secret").isTrue();
        assertThat(json.at("/componentProperties/apiToken/secret").asBoolean()).as("component apiToken secret").isTrue();
        assertThat(json.at("/headers/CamelOktaSuccess/javaType").asText()).isEqualTo("Boolean");
    }
}
