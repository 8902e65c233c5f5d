package dev.camelokta.component.okta.http;

import java.nio.charset.Charset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charset an answer is decoded with: the one it declares when Java knows it, else UTF-8; never an exception.
 */
class OktaResponseReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null                                     | UTF-8",
            "application/json                         | UTF-8",
            "application/json;charset=UTF-8           | UTF-8",
            "application/json; CHARSET=utf-16         | UTF-16",
            "text/html; charset=ISO-8859-1            | ISO-8859-1",
            "text/html; charset=\"windows-1252\"        | windows-1252",
            "application/json; charset=not a charset! | UTF-8",
            "application/json; charset=x-no-such-one  | UTF-8",
            "application/json; charset=               | UTF-8",
            "application/json; charset                | UTF-8",
            ";;;charset=;=                            | UTF-8" })
    void decodesWithTheDeclaredCharsetOrUtf8(String contentType, String expected) {
        assertThat(OktaResponseReader.charset(contentType)).isEqualTo(Charset.forName(expected));
    }
}
