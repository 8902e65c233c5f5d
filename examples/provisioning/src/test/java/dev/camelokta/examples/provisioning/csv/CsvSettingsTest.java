package dev.camelokta.examples.provisioning.csv;

import java.nio.file.Path;
import java.util.Map;

import dev.camelokta.examples.provisioning.Environment;
import dev.camelokta.examples.provisioning.ProvisioningApplication;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A setting of the CSV route that cannot be used stops the start with a message that names it and a right value. */
class CsvSettingsTest {

    @TempDir
    Path workDir;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "provisioning.csv.parallelism|0|it must be a whole number above 0, e.g. 8",
            "provisioning.csv.parallelism|eight|it must be a whole number above 0, e.g. 8",
            "provisioning.csv.progress-interval|soon|it must be a duration above 0, e.g. 5s",
            "provisioning.csv.progress-interval|0s|it must be a duration above 0, e.g. 5s" })
    void aSettingThatCannotBeUsedStopsTheStart(String name, String value, String fix) {
        try (ProvisioningApplication application = ProvisioningApplication.create(
                Environment.of(Map.of("OKTA_SUBDOMAIN", "acme", "OKTA_API_TOKEN", "00token")),
                Map.of("provisioning.work-dir", workDir.toString(), "camel.server.enabled", "false", "camel.server.port", "0",
                        name, value))) {
            assertThatThrownBy(application::start)
                    .hasStackTraceContaining("Invalid " + name + " '" + value + "': " + fix);
        }
    }
}
