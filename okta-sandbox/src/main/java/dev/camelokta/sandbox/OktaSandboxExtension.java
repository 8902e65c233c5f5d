package dev.camelokta.sandbox;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts an {@link OktaSandbox} before the tests of a class, resets it before
 * each test (unless told not to), closes it after them, and hands it to tests that take an
 * {@code OktaSandbox} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static OktaSandboxExtension okta = OktaSandboxExtension.builder()
 *         .sandbox(OktaSandbox.builder().userType("Contractor", "contractor"))
 *         .build();
 *
 * @Test
 * void createsUser(OktaSandbox sandbox) { ... okta.baseUrl() ... okta.apiToken() ... }
 * }</pre>
 *
 * <p>Register it on a {@code static} field (or with {@code @ExtendWith(OktaSandboxExtension.class)} for the
 * defaults): JUnit calls the before-all step only for extensions registered that way.
 */
public final class OktaSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final Supplier<OktaSandbox> starter;
    private final boolean resetBeforeEach;
    private OktaSandbox sandbox;
    /** The class whose before-all step started the sandbox: only its after-all step closes it (not a nested class's). */
    private String startedBy;

    /** A sandbox with Okta's defaults, reset before each test; the constructor {@code @ExtendWith} uses. */
    public OktaSandboxExtension() {
        this(OktaSandbox::start, true);
    }

    private OktaSandboxExtension(Supplier<OktaSandbox> starter, boolean resetBeforeEach) {
        this.starter = starter;
        this.resetBeforeEach = resetBeforeEach;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The running sandbox.
     *
     * @throws IllegalStateException outside the tests of the class that registered the extension
     */
    public OktaSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("The Okta sandbox runs only during the tests of the class that "
                    + "registers the extension; register it on a static field");
        }
        return sandbox;
    }

    public String baseUrl() {
        return sandbox().baseUrl();
    }

    public String apiToken() {
        return sandbox().apiToken();
    }

    /** The OAuth 2.0 token endpoint, {@code baseUrl() + "/oauth2/v1/token"}. */
    public String tokenUrl() {
        return sandbox().tokenUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (sandbox == null) {
            sandbox = starter.get();
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            sandbox().reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null && context.getUniqueId().equals(startedBy)) {
            sandbox.close();
            sandbox = null;
            startedBy = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == OktaSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }

    /** Configures an {@link OktaSandboxExtension}. */
    public static final class Builder {

        private OktaSandboxBuilder sandbox = OktaSandbox.builder();
        private boolean resetBeforeEach = true;

        private Builder() {
        }

        /** How to configure the sandbox; it is started in the before-all step. */
        public Builder sandbox(OktaSandboxBuilder sandbox) {
            this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
            return this;
        }

        /** {@code false} keeps users, counters and rate-limit counts from one test to the next. */
        public Builder resetBeforeEach(boolean resetBeforeEach) {
            this.resetBeforeEach = resetBeforeEach;
            return this;
        }

        public OktaSandboxExtension build() {
            OktaSandboxBuilder configured = sandbox;
            return new OktaSandboxExtension(configured::start, resetBeforeEach);
        }
    }
}
