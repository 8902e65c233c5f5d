package dev.camelokta.springboot;

import java.io.IOException;

import dev.camelokta.component.okta.OktaComponent;
import dev.camelokta.component.okta.OktaConfiguration;
import dev.camelokta.component.okta.OktaEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class OktaComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, OktaComponentConverter.class,
                    OktaComponentAutoConfiguration.class));

    @Test
    void isRegisteredAsAnAutoConfiguration() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(OktaComponentAutoConfiguration.class.getName(), OktaComponentConverter.class.getName());
    }

    @Test
    void appliesThePropertiesToTheOktaComponent() {
        runner.withPropertyValues(
                "camel.component.okta.subdomain=acme",
                "camel.component.okta.api-token=00starter-test-token",
                "camel.component.okta.base-url=http://127.0.0.1:8089",
                "camel.component.okta.throw-exception-on-failure=true",
                "camel.component.okta.activate=false",
                "camel.component.okta.type-id=oty1contractor00000",
                "camel.component.okta.connect-timeout=5s",
                "camel.component.okta.response-timeout=45000",
                "camel.component.okta.max-retries=2",
                "camel.component.okta.max-retry-wait=2m",
                "camel.component.okta.rate-limit-capacity=50",
                "camel.component.okta.max-concurrent-requests=4",
                "camel.component.okta.lazy-start-producer=true")
                .run(context -> {
                    OktaComponent okta = oktaComponent(context);
                    OktaConfiguration configuration = okta.getConfiguration();
                    assertThat(configuration.getSubdomain()).isEqualTo("acme");
                    assertThat(configuration.getApiToken()).isEqualTo("00starter-test-token");
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:8089");
                    assertThat(configuration.isThrowExceptionOnFailure()).isTrue();
                    assertThat(configuration.isActivate()).isFalse();
                    assertThat(configuration.getTypeId()).isEqualTo("oty1contractor00000");
                    assertThat(configuration.getConnectTimeout()).isEqualTo(5_000);
                    assertThat(configuration.getResponseTimeout()).as("a bare number is milliseconds")
                            .isEqualTo(45_000);
                    assertThat(configuration.getMaxRetries()).isEqualTo(2);
                    assertThat(configuration.getMaxRetryWait()).isEqualTo(120_000);
                    assertThat(configuration.getRateLimitCapacity()).isEqualTo(50);
                    assertThat(okta.getMaxConcurrentRequests()).isEqualTo(4);
                    assertThat(okta.isLazyStartProducer()).isTrue();
                });
    }

    @Test
    void endpointsOfRoutesInheritTheComponentsOrg() {
        runner.withPropertyValues(
                "camel.component.okta.api-token=00starter-test-token",
                "camel.component.okta.base-url=http://127.0.0.1:8089")
                .run(context -> {
                    OktaEndpoint endpoint = context.getBean(CamelContext.class)
                            .getEndpoint("okta:getUser", OktaEndpoint.class);
                    assertThat(endpoint.getServiceUrl()).isEqualTo("http://127.0.0.1:8089");
                    assertThat(endpoint.getConfiguration().getApiToken()).isEqualTo("00starter-test-token");
                });
    }

    @Test
    void anHttpClientIsReferencedAsABean() throws IOException {
        try (CloseableHttpClient client = HttpClients.createMinimal()) {
            runner.withBean("oktaHttpClient", CloseableHttpClient.class, () -> client)
                    .withPropertyValues("camel.component.okta.http-client=#bean:oktaHttpClient")
                    .run(context -> assertThat(oktaComponent(context).getConfiguration().getHttpClient())
                            .isSameAs(client));
        }
    }

    @Test
    void itsDefaultsAreTheComponentsOwn() {
        runner.run(context -> {
            OktaComponent configured = oktaComponent(context);
            OktaComponent plain = new OktaComponent();
            OktaConfiguration expected = plain.getConfiguration();
            OktaConfiguration actual = configured.getConfiguration();
            assertThat(actual.getSubdomain()).isNull();
            assertThat(actual.getApiToken()).isNull();
            assertThat(actual.getBaseUrl()).isNull();
            assertThat(actual.getTypeId()).isNull();
            assertThat(actual.getHttpClient()).isNull();
            assertThat(actual.isThrowExceptionOnFailure()).isEqualTo(expected.isThrowExceptionOnFailure());
            assertThat(actual.isActivate()).isEqualTo(expected.isActivate());
            assertThat(actual.getConnectTimeout()).isEqualTo(expected.getConnectTimeout());
            assertThat(actual.getResponseTimeout()).isEqualTo(expected.getResponseTimeout());
            assertThat(actual.getMaxRetries()).isEqualTo(expected.getMaxRetries());
            assertThat(actual.getMaxRetryWait()).isEqualTo(expected.getMaxRetryWait());
            assertThat(actual.getRateLimitCapacity()).isEqualTo(expected.getRateLimitCapacity());
            assertThat(configured.getMaxConcurrentRequests()).isEqualTo(plain.getMaxConcurrentRequests());
            assertThat(configured.isLazyStartProducer()).isEqualTo(plain.isLazyStartProducer());
            assertThat(configured.isAutowiredEnabled()).isEqualTo(plain.isAutowiredEnabled());
        });
    }

    @Test
    void enabledFalseLeavesTheComponentUnconfigured() {
        runner.withPropertyValues(
                "camel.component.okta.enabled=false",
                "camel.component.okta.subdomain=acme",
                "camel.component.okta.max-concurrent-requests=4")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(OktaComponentAutoConfiguration.class);
                    OktaComponent okta = oktaComponent(context);
                    assertThat(okta.getConfiguration().getSubdomain()).isNull();
                    assertThat(okta.getMaxConcurrentRequests()).isEqualTo(16);
                });
    }

    private static OktaComponent oktaComponent(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("okta", OktaComponent.class);
    }
}
