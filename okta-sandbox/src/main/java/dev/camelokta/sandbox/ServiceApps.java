package dev.camelokta.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered service apps, by client id; fixed at start. */
final class ServiceApps {

    private final Map<String, ServiceApp> byClientId = new LinkedHashMap<>();

    ServiceApps(List<ServiceAppDefinition> definitions) {
        for (ServiceAppDefinition definition : definitions) {
            if (byClientId.putIfAbsent(definition.clientId(), ServiceApp.register(definition)) != null) {
                throw new IllegalArgumentException("Two service apps have the client id " + definition.clientId());
            }
        }
    }

    Optional<ServiceApp> find(String clientId) {
        return Optional.ofNullable(clientId == null ? null : byClientId.get(clientId));
    }

    /** @throws IllegalArgumentException naming the registered ones when there is no such app */
    ServiceApp require(String clientId) {
        return find(clientId).orElseThrow(() -> new IllegalArgumentException("No service app " + clientId
                + "; the sandbox has " + byClientId.keySet()));
    }

    List<ServiceApp> all() {
        return List.copyOf(byClientId.values());
    }
}
