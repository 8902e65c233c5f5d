package dev.camelokta.component.okta;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ContextServicePlugin;

/**
 * Registers apiToken as a sensitive keyword when any CamelContext is built (Camel loads this plugin from
 * META-INF/services), before Camel Main or Spring Boot reads a property or logs a summary, so that no user has to
 * configure it and no summary can come before it. The component registers it again when it joins a context, in case
 * the application's own {@code additionalSensitiveKeywords} replaced the list in between.
 */
public class OktaSensitiveKeywordsPlugin implements ContextServicePlugin {

    @Override
    public void load(CamelContext camelContext) {
        OktaSensitiveKeywords.register(camelContext);
    }
}
