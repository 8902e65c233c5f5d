package dev.camelokta.examples.provisioning;

import dev.camelokta.component.okta.OktaComponent;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What the READMEs say of placeholders in a Camel Main application.properties: {@code {{env:NAME}}} is the
 * environment variable, {@code ${NAME}} is not expanded (Spring Boot expands it; Camel Main does not).
 */
class CamelMainPlaceholderTest {

    @Test
    void camelMainExpandsEnvPlaceholdersButLeavesDollarBracesAsTheyAre() throws Exception {
        assumeThat(System.getenv("PATH")).isNotBlank();
        Main main = new Main();
        main.setPropertyPlaceholderLocations("classpath:env-placeholders.properties");
        main.start();
        try {
            OktaComponent okta = main.getCamelContext().getComponent("okta", OktaComponent.class);

            assertThat(okta.getConfiguration().getApiToken()).isEqualTo(System.getenv("PATH"));
            assertThat(okta.getConfiguration().getTypeId()).isEqualTo("${PATH}");
        } finally {
            main.stop();
        }
    }
}
