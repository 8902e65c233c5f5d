package dev.camelokta.examples.provisioning.csv;

import org.apache.camel.builder.RouteBuilder;

/**
 * Drops the shipped sample CSVs (a few dozen users, some rows deliberately bad; then joiners, movers and leavers) into
 * the inbox once at start, when the
 * application runs on the embedded sandbox (provisioning.sample-data.enabled): the CSV route then provisions it.
 */
public class SampleDataRoute extends RouteBuilder {

    @Override
    public void configure() {
        ProvisioningFolders folders = ProvisioningFolders.of(getContext());
        from("timer:sample-data?repeatCount=1&delay=0")
                .routeId("sample-data")
                .autoStartup("{{provisioning.sample-data.enabled}}")
                .setBody().constant("resource:classpath:sample-data/users.csv")
                // written under a dot name, then renamed: the inbox never shows half a file
                .to("file:" + folders.inbox() + "?fileName=users.csv&tempPrefix=.")
                .log("Copied the sample CSV sample-data/users.csv to " + folders.inbox())
                .setBody().constant("resource:classpath:sample-data/lifecycle.csv")
                .to("file:" + folders.inbox() + "?fileName=lifecycle.csv&tempPrefix=.")
                .log("Copied the sample CSV sample-data/lifecycle.csv (joiners, movers, leavers) to " + folders.inbox());
    }
}
