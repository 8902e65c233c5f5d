package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OktaSandboxMainTest {

    @Test
    void tellsWhereTheSandboxListensAndWhichTokenToSend() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (OktaSandbox okta = OktaSandbox.builder().userType("Contractor", "contractor").group("Engineering")
                .seedUsers(3).start()) {
            OktaSandboxMain.describe(okta, new PrintStream(printed, true, StandardCharsets.UTF_8));

            String text = printed.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("listening on " + okta.baseUrl())
                    .contains("API token: " + okta.apiToken())
                    .contains("contractor (" + okta.userType("contractor").id() + ")")
                    .contains("Groups: Engineering (" + okta.group("Engineering").id() + ")")
                    .contains("Users: 3")
                    .contains("Ctrl-C");
        }
    }

    @Test
    void helpPrintsTheUsageAndReturns() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            OktaSandboxMain.main(new String[] {"--help"});
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(original);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(CommandLineOptions.USAGE);
    }
}
