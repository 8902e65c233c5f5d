package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class OktaSandboxExtensionLifecycleTest {

    @Test
    void startsOneSandboxForTheClassResetsItBetweenTestsAndClosesItAfter() {
        ExtensionLifecycleSample.SERVED.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ExtensionLifecycleSample.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(ExtensionLifecycleSample.SERVED).hasSize(2);
        OktaSandbox served = ExtensionLifecycleSample.SERVED.get(0);
        assertThat(ExtensionLifecycleSample.SERVED.get(1)).isSameAs(served);
        assertThatThrownBy(() -> new Socket("127.0.0.1", served.port()).close())
                .as("the sandbox no longer listens").isInstanceOf(IOException.class);
    }

    @Test
    void theSandboxIsOnlyThereDuringTheTests() {
        OktaSandboxExtension extension = new OktaSandboxExtension();

        assertThatThrownBy(extension::sandbox).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("static field");
    }
}
