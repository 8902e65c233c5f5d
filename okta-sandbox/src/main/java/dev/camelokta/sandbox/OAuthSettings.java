package dev.camelokta.sandbox;

import java.time.Duration;
import java.util.List;

/** The builder's OAuth 2.0 configuration: the service apps and how long access tokens live. */
record OAuthSettings(List<ServiceAppDefinition> serviceApps, Duration accessTokenLifetime) {

    /** Okta's access tokens for its API live an hour. */
    static final Duration OKTA_ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);

    OAuthSettings {
        serviceApps = List.copyOf(serviceApps);
    }
}
