package dev.camelokta.component.okta.kamelet;

import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Starts a CamelContext with the routes of one YAML DSL file, as a user's application would: the Kamelets they use are
 * found on the classpath under kamelets/, from the jar under test.
 */
final class KameletRoutes {

    private KameletRoutes() {
    }

    /**
     * @param  routesFile a classpath resource, e.g. {@code kamelets-test/okta-kamelet-routes.yaml}
     * @param  properties the values of the {@code {{...}}} placeholders the routes use
     * @return            the started context; the caller closes it
     */
    static CamelContext start(String routesFile, Map<String, String> properties) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            Properties initial = new Properties();
            initial.putAll(properties);
            context.getPropertiesComponent().setInitialProperties(initial);
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.resolveMandatoryResource(context, "classpath:" + routesFile));
            context.start();
            return context;
        } catch (Exception e) {
            context.close();
            throw e;
        }
    }
}
