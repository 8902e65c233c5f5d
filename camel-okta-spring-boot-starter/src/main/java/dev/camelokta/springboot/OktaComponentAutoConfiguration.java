package dev.camelokta.springboot;

import dev.camelokta.component.okta.OktaComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.okta.*} properties to the okta component when Camel creates it. Off with
 * {@code camel.component.okta.enabled=false} (or {@code camel.component.enabled=false}), as every Camel starter.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, OktaComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.okta" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, OktaComponentConfiguration.class })
public class OktaComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final OktaComponentConfiguration configuration;

    public OktaComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                          OktaComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureOktaComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                // binds through the component's generated configurer, as camel.component.okta.* does in Camel Main
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", "camel.component.okta.customizer")
                       && target instanceof OktaComponent;
            }
        };
    }
}
