package dev.camelokta.component.okta.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Converter;

/**
 * Lets {@code convertBodyTo(String.class)}, {@code ${body}} and file or HTTP endpoints see a result as the card's
 * output JSON.
 */
@Converter(generateLoader = true)
public final class OktaResultConverter {

    private OktaResultConverter() {
    }

    @Converter
    public static String toJson(OktaResult result) {
        return OktaJson.write(result);
    }

    @Converter
    public static byte[] toJsonBytes(OktaResult result) {
        return toJson(result).getBytes(StandardCharsets.UTF_8);
    }

    @Converter
    public static InputStream toJsonStream(OktaResult result) {
        return new ByteArrayInputStream(toJsonBytes(result));
    }
}
