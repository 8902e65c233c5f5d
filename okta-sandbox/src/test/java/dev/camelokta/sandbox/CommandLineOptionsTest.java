package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandLineOptionsTest {

    @Test
    void configuresTheSandboxFromFlags() {
        CommandLineOptions options = CommandLineOptions.parse("--token", "00cli", "--rate-limit", "CREATE_USER=2/10s",
                "--rate-limit", "other=7/1m", "--concurrency-limit", "5", "--user-type", "contractor=Contractor",
                "--user-type", "partner", "--seed", "1", "--failure-rate", "0", "--drop-rate", "0", "--latency", "0ms");

        try (OktaSandbox okta = options.builder().start()) {
            SandboxClient client = new SandboxClient(okta);
            ApiCall types = client.get("/api/v1/meta/types/user");
            ApiCall created = client.post("/api/v1/users", Profiles.body(Profiles.of("cli@example.com")));

            assertThat(okta.apiToken()).isEqualTo("00cli");
            assertThat(types.header("X-Rate-Limit-Limit")).isEqualTo("7");
            assertThat(Long.parseLong(types.header("X-Rate-Limit-Reset")) % 60).isZero();
            assertThat(created.header("X-Rate-Limit-Limit")).isEqualTo("2");
            assertThat(okta.userType("contractor").displayName()).isEqualTo("Contractor");
            assertThat(okta.userType("partner").displayName()).isEqualTo("partner");
            assertThat(options.helpRequested()).isFalse();
        }
    }

    @Test
    void allSetsEveryBucketAndNoRateLimitsTurnsThemOff() {
        try (OktaSandbox limited = CommandLineOptions.parse("--rate-limit", "ALL=3/5s").builder().start();
             OktaSandbox unlimited = CommandLineOptions.parse("--no-rate-limits").builder().start()) {
            assertThat(new SandboxClient(limited).get("/api/v1/users").header("X-Rate-Limit-Limit")).isEqualTo("3");
            assertThat(new SandboxClient(unlimited).get("/api/v1/users").header("X-Rate-Limit-Limit")).isNull();
        }
    }

    @Test
    void theChosenPortIsUsed() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        try (OktaSandbox okta = CommandLineOptions.parse("--port", Integer.toString(port)).builder().start()) {
            assertThat(okta.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        }
    }

    @Test
    void helpIsRecognised() {
        assertThat(CommandLineOptions.parse("--help").helpRequested()).isTrue();
        assertThat(CommandLineOptions.USAGE).contains("--rate-limit BUCKET=N/T", "--user-type");
    }

    @Test
    void refusesUnknownFlagsAndBadValuesWithAMessage() {
        assertThatThrownBy(() -> CommandLineOptions.parse("--colour", "red")).hasMessageContaining("--colour");
        assertThatThrownBy(() -> CommandLineOptions.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLineOptions.parse("--port", "eighty")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> CommandLineOptions.parse("--rate-limit", "CREATE_USER200")).hasMessageContaining("BUCKET=N/T");
        assertThatThrownBy(() -> CommandLineOptions.parse("--rate-limit", "DELETE_USER=1/1s")).hasMessageContaining("Unknown bucket");
        assertThatThrownBy(() -> CommandLineOptions.parse("--failure-rate", "2")).hasMessageContaining("between 0 and 1");
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(DurationText.parse("20ms")).isEqualTo(Duration.ofMillis(20));
        assertThat(DurationText.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(DurationText.parse("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("PT15S")).isEqualTo(Duration.ofSeconds(15));
        assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("Not a duration");
    }

    @Test
    void groupsCustomAttributesAndSeededUsersComeFromFlags() {
        CommandLineOptions options = CommandLineOptions.parse("--user-type", "contractor", "--group", "Engineering",
                "--group", "Sales", "--custom-attribute", "costCentreCode=string", "--custom-attribute",
                "contractor:agency=string", "--seed-users", "25", "--rate-limit", "GROUPS=3/1m");

        try (OktaSandbox okta = options.builder().start()) {
            SandboxClient client = new SandboxClient(okta);
            ApiCall schema = client.get("/api/v1/meta/schemas/user/default");
            ApiCall contractor = client.get("/api/v1/meta/schemas/user/osc" + okta.userType("contractor").id()
                    .substring(3));

            assertThat(okta.groups()).extracting(SandboxGroup::name).containsExactly("Engineering", "Sales");
            assertThat(okta.userCount()).isEqualTo(25);
            assertThat(schema.json().at("/definitions/custom/properties/costCentreCode/type").asText())
                    .isEqualTo("string");
            assertThat(contractor.json().at("/definitions/custom/properties/agency/type").asText()).isEqualTo("string");
            assertThat(client.get("/api/v1/groups").header("X-Rate-Limit-Limit")).isEqualTo("3");
        }
    }

    @Test
    void refusesABadCustomAttributeFlag() {
        assertThatThrownBy(() -> CommandLineOptions.parse("--custom-attribute", "costCentreCode"))
                .hasMessageContaining("[TYPE:]NAME=KIND");
        assertThatThrownBy(() -> CommandLineOptions.parse("--custom-attribute", "size=decimal"))
                .hasMessageContaining("string, boolean, integer");
        assertThatThrownBy(() -> CommandLineOptions.parse("--seed-users", "many")).hasMessageContaining("whole number");
        assertThat(CommandLineOptions.USAGE).contains("--group NAME", "--custom-attribute", "--seed-users N");
    }
}
