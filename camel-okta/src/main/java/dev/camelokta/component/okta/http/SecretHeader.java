package dev.camelokta.component.okta.http;

import org.apache.hc.core5.http.message.BasicHeader;

/**
 * A request header whose value is a secret: sent as given, shown masked. HttpClient's header log
 * ({@code org.apache.hc.client5.http.headers}) prints each request header's {@code toString()}, in any client, the
 * user's own included; the value goes on the wire through {@code getValue()} only.
 */
final class SecretHeader extends BasicHeader {

    private static final long serialVersionUID = 1L;

    private final String shown;

    /**
     * @param shown what logs may show of the value, e.g. {@code SSWS ***}
     */
    SecretHeader(String name, String value, String shown) {
        super(name, value, true);
        this.shown = shown;
    }

    @Override
    public String toString() {
        return getName() + ": " + shown;
    }
}
