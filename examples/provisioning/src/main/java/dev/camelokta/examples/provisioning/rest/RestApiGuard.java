package dev.camelokta.examples.provisioning.rest;

import io.vertx.ext.web.Router;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the REST API (Camel's platform-http server, camel.server.*) behind its checks: a request whose Host is not
 * this API's address is refused with 421, then one without the API key with 401, before any route sees it; and a
 * request that no route takes is answered in the API's JSON error body.
 *
 * <p>The OpenAPI document is behind the key too: it describes an admin API, and one rule for the whole port is the
 * simplest to trust. A tool that reads it sends the same header, which the document declares as its security scheme.
 */
public final class RestApiGuard extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RestApiGuard.class);

    /** Reads the key and the allowed hosts before Camel starts, so that a wrong key stops the start at once. */
    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        PropertiesComponent properties = context.getPropertiesComponent();
        ApiKey key = ApiKey.of(properties.resolveProperty(ApiKey.PROPERTY).orElse(null));
        AllowedHosts allowedHosts = AllowedHosts.parse(properties.resolveProperty(AllowedHosts.PROPERTY).orElse(null));
        try {
            // added now, it starts after camel.server (which makes the router) and before the routes take requests
            context.addService(new Installation(context, key, allowedHosts));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot put the REST API's key and Host checks in place", e);
        }
    }

    /** The checks on the router, put there as Camel starts; the start fails rather than serve the API without them. */
    private static final class Installation extends ServiceSupport {

        private final CamelContext context;
        private final ApiKey key;
        private final AllowedHosts allowedHosts;

        Installation(CamelContext context, ApiKey key, AllowedHosts allowedHosts) {
            this.context = context;
            this.key = key;
            this.allowedHosts = allowedHosts;
        }

        @Override
        protected void doStart() {
            MainHttpServer server = context.hasService(MainHttpServer.class);
            if (server == null) {
                return; // camel.server.enabled=false: there is no REST API to guard
            }
            Router router = server.getRouter();
            if (router == null) {
                throw new IllegalStateException("The REST API's router is not there to put the key and Host checks "
                                                + "on: the API does not start without them");
            }
            router.route().order(Integer.MIN_VALUE).handler(allowedHosts);
            router.route().order(Integer.MIN_VALUE + 1).handler(new ApiKeyCheck(key));
            UnmatchedRequests.install(router, RestOperation.of(context));
            if (key.isGenerated()) {
                // the one line that shows the key: the user needs it to call the API
                LOG.info("The REST API's key for this run (set {} to choose one): {} ; send it as in curl -H "
                         + "'Authorization: Bearer <key>' http://localhost:{}/user-types", ApiKey.ENVIRONMENT_VARIABLE,
                        key.reveal(), server.getPort());
            } else {
                LOG.info("The REST API takes the key set in {} ({})", ApiKey.ENVIRONMENT_VARIABLE, ApiKey.PROPERTY);
            }
        }
    }
}
