package dev.camelokta.examples.springboot;

import java.util.concurrent.TimeUnit;

import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxUser;
import dev.camelokta.sandbox.UserStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the application as shipped, with the sandbox profile, against an Okta sandbox this test starts on loopback.
 */
@SpringBootTest
@ActiveProfiles("sandbox")
class OktaProvisioningApplicationTest {

    private static final OktaSandbox OKTA = OktaSandbox.start();

    @Autowired
    private NotifyBuilder provisioningSucceeded;
    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void pointTheApplicationAtTheSandbox(DynamicPropertyRegistry properties) {
        properties.add("camel.component.okta.base-url", OKTA::baseUrl);
        properties.add("camel.component.okta.api-token", OKTA::apiToken);
    }

    @AfterAll
    static void stopTheSandbox() {
        OKTA.close();
    }

    @BeforeEach
    void waitForTheStartupProvisioning() {
        // ProvisionAtStartup ran it as the context started; the check is still bounded
        assertThat(provisioningSucceeded.matches(30, TimeUnit.SECONDS))
                .as("the provision-users route ran once without a failed exchange").isTrue();
    }

    @Test
    void provisionsTheUsersOfTheUsersFile() {
        assertThat(OKTA.users()).hasSize(3);
        assertThat(OKTA.findByLogin("ada.lovelace@example.com")).hasValueSatisfying(user -> {
            assertThat(user.firstName()).isEqualTo("Ada");
            assertThat(user.lastName()).isEqualTo("Lovelace");
            assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        });
        assertThat(OKTA.findByLogin("grace.hopper@example.com").map(user -> user.profileText("mobilePhone")))
                .hasValue("+1 202 555 0143");
        assertThat(OKTA.findByLogin("alan.turing@example.com").map(SandboxUser::status)).hasValue(UserStatus.STAGED);
    }

    @Test
    void theConfiguredComponentReadsAProvisionedUserBack() {
        OktaUserResult result = template.requestBody("okta:getUser", "grace.hopper@example.com", OktaUserResult.class);

        assertThat(result.isSuccess()).isTrue();
        assertThat(result.getUser().getId()).isEqualTo(OKTA.findByLogin("grace.hopper@example.com").orElseThrow().id());
    }

    @TestConfiguration
    static class ProvisioningWatch {

        /** Registered before Camel starts, so it sees the one run of ProvisionAtStartup. */
        @Bean
        NotifyBuilder provisioningSucceeded(CamelContext camelContext) {
            return new NotifyBuilder(camelContext).fromRoute("provision-users").whenDone(1).and().whenExactlyFailed(0)
                    .create();
        }
    }
}
