package dev.camelokta.sandbox;

import java.io.PrintStream;
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
}
