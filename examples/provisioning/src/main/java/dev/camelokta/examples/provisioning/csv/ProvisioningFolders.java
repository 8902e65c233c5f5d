package dev.camelokta.examples.provisioning.csv;

import java.nio.file.Path;

import org.apache.camel.CamelContext;

/**
 * The folders of the CSV provisioning, from the properties provisioning.inbox, .outbox, .done and .error, made absolute
 * so that the file endpoint's move options do not read them relative to the inbox.
 */
public record ProvisioningFolders(Path inbox, Path outbox, Path done, Path error) {

    public static ProvisioningFolders of(CamelContext context) {
        return new ProvisioningFolders(folder(context, "inbox"), folder(context, "outbox"), folder(context, "done"),
                folder(context, "error"));
    }

    private static Path folder(CamelContext context, String name) {
        return Path.of(context.resolvePropertyPlaceholders("{{provisioning." + name + "}}")).toAbsolutePath().normalize();
    }
}
