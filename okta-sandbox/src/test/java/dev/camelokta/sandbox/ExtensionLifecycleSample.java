package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run by {@link OktaSandboxExtensionLifecycleTest} through the JUnit test kit, not by Surefire (its name
 * does not end in Test), so that the lifecycle can be checked from outside: which sandbox served, and
 * whether it was closed after the class.
 */
@ExtendWith(OktaSandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionLifecycleSample {

    static final List<OktaSandbox> SERVED = new ArrayList<>();

    @Test
    @Order(1)
    void createsAUser(OktaSandbox sandbox) {
        SERVED.add(sandbox);
        new SandboxClient(sandbox).createUser(Profiles.of("kept@example.com"));
    }

    @Test
    @Order(2)
    void seesNoUserOfTheTestBefore(OktaSandbox sandbox) {
        SERVED.add(sandbox);
        assertThat(sandbox.users()).isEmpty();
    }
}
