package dev.camelokta.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Runs the sandbox from the command line until Ctrl-C, for trying routes and clients by hand:
 * {@code mvn -pl okta-sandbox exec:java -Dexec.args="--port 8080"}. See {@code --help} for the flags.
 */
public final class OktaSandboxMain {

    private OktaSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CommandLineOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.helpRequested()) {
            System.out.print(CommandLineOptions.USAGE);
            return;
        }
        OktaSandbox okta = options.builder().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            okta.close();
            stopped.countDown();
        }, "okta-sandbox-shutdown"));
        describe(okta, System.out);
        try {
            describeServiceApps(okta, options.serviceApps(), options.serviceAppKeyDir(), System.out);
        } catch (IOException e) {
            System.err.println("The service apps' private keys could not be written to "
                    + options.serviceAppKeyDir().toAbsolutePath() + ": " + e.getMessage());
            okta.close();
            System.exit(1);
            return;
        }
        stopped.await();
    }

    /**
     * Says where the sandbox listens and how to call it. The token is printed: it only opens this
     * local fake, and whoever started it needs it.
     */
    static void describe(OktaSandbox okta, PrintStream out) {
        out.println("Okta sandbox listening on " + okta.baseUrl());
        out.println("API token: " + okta.apiToken() + "   (send it as: Authorization: SSWS <token>)");
        out.println("User types: " + okta.userTypes().stream()
                .map(type -> type.name() + " (" + type.id() + (type.isDefault() ? ", default)" : ")"))
                .collect(Collectors.joining(", ")));
        out.println("Groups: " + (okta.groups().isEmpty() ? "none" : okta.groups().stream()
                .map(group -> group.name() + " (" + group.id() + ")").collect(Collectors.joining(", "))));
        out.println("Users: " + okta.userCount());
        out.println("Try: curl -H 'Authorization: SSWS " + okta.apiToken() + "' " + okta.baseUrl()
                + "/api/v1/meta/types/user");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /**
     * Writes each service app's private key to {@code keyDir} and says where, with the token URL, kid and scopes:
     * what an OAuth client needs. The key itself is never printed.
     */
    static void describeServiceApps(OktaSandbox okta, List<String> clientIds, Path keyDir,
                                    PrintStream out) throws IOException {
        if (clientIds.isEmpty()) {
            return;
        }
        out.println("OAuth 2.0 token URL: " + okta.tokenUrl() + "   (access tokens live "
                + okta.accessTokenLifetime().toSeconds() + " s)");
        for (String clientId : clientIds) {
            Path key = ServiceAppKeyFiles.write(okta, clientId, keyDir);
            out.println("Service app " + clientId + ": kid " + okta.serviceAppKeyId(clientId) + ", scopes "
                    + String.join(" ", okta.serviceAppScopes(clientId))
                    + (okta.serviceAppRequiresDpop(clientId) ? ", DPoP required" : "")
                    + ", private key: " + key);
        }
        out.flush();
    }
}
