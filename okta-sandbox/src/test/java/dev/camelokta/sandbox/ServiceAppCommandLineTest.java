package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --service-app}: the command line registers service apps and writes usable private keys. */
class ServiceAppCommandLineTest {

    @TempDir
    Path keyDir;

    @Test
    void writesAKeyThatGetsATokenAndPrintsWhereButNotTheKey() throws IOException {
        CommandLineOptions options = CommandLineOptions.parse(
                "--service-app", "0oa-cli:okta.users.read,okta.users.manage:dpop:ec",
                "--service-app", "0oa-plain:okta.users.read",
                "--service-app-key-dir", keyDir.toString(), "--access-token-lifetime", "5s");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (OktaSandbox okta = options.builder().start()) {
            OktaSandboxMain.describeServiceApps(okta, options.serviceApps(), options.serviceAppKeyDir(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            Path dpopKey = keyDir.resolve("0oa-cli.pem");
            Path plainKey = keyDir.resolve("0oa-plain.pem");
            String text = printed.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("OAuth 2.0 token URL: " + okta.tokenUrl())
                    .contains("Service app 0oa-cli: kid 0oa-cli-key-1, scopes okta.users.manage okta.users.read, "
                            + "DPoP required, private key: " + dpopKey.toAbsolutePath())
                    .contains("Service app 0oa-plain: kid 0oa-plain-key-1, scopes okta.users.read, private key: ")
                    .doesNotContain("PRIVATE KEY");
            assertThat(okta.accessTokenLifetime().toSeconds()).isEqualTo(5);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dpopKey)))
                        .isEqualTo("rw-------");
            }

            OAuthClient dpop = new OAuthClient(okta, "0oa-cli",
                    OAuthClient.privateKey(Files.readString(dpopKey)), "0oa-cli-key-1");
            OAuthClient plain = new OAuthClient(okta, "0oa-plain",
                    OAuthClient.privateKey(Files.readString(plainKey)), "0oa-plain-key-1");
            String dpopToken = dpop.dpopToken("okta.users.manage");
            assertThat(OAuthClient.privateKey(Files.readString(dpopKey))).isInstanceOf(ECPrivateKey.class);
            assertThat(OAuthClient.privateKey(Files.readString(plainKey))).isInstanceOf(RSAPrivateKey.class);
            assertThat(dpop.call("GET", "/api/v1/users", "DPoP " + dpopToken,
                    dpop.resourceProof("GET", "/api/v1/users", dpopToken)).status()).isEqualTo(200);
            assertThat(plain.call("GET", "/api/v1/users", "Bearer " + plain.bearerToken("okta.users.read"), null)
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void withoutServiceAppsNothingIsWritten() throws IOException {
        CommandLineOptions options = CommandLineOptions.parse("--service-app-key-dir", keyDir.toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (OktaSandbox okta = options.builder().start()) {
            OktaSandboxMain.describeServiceApps(okta, options.serviceApps(), options.serviceAppKeyDir(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        try (var files = Files.list(keyDir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void theKeyDirectoryDefaultsToOneInTheWorkingDirectory() {
        CommandLineOptions options = CommandLineOptions.parse("--service-app", "0oa-default");

        assertThat(options.serviceAppKeyDir()).isEqualTo(Path.of("okta-sandbox-keys"));
        assertThat(options.serviceApps()).containsExactly("0oa-default");
    }

    @Test
    void refusesABadServiceAppWithTheShapeItTakes() {
        assertThatThrownBy(() -> CommandLineOptions.parse("--service-app", ":okta.users.read"))
                .hasMessageContaining("ID[:SCOPE,SCOPE][:dpop][:ec]");
        assertThatThrownBy(() -> CommandLineOptions.parse("--service-app", "0oa-x:okta.users.read:dpopp"))
                .hasMessageContaining("'dpopp' is not dpop, ec or rsa");
        assertThatThrownBy(() -> CommandLineOptions.parse("--service-app", "0oa-x", "--service-app", "0oa-x"))
                .hasMessageContaining("0oa-x");
    }

    @Test
    void fileNamesKeepToSafeCharacters() {
        assertThat(ServiceAppKeyFiles.fileName("0oa/../x y")).isEqualTo("0oa_.._x_y.pem");
        assertThat(List.of(ServiceAppKeyFiles.fileName(".."))).containsExactly("_...pem");
    }
}
