package dev.camelokta.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Okta's answer to {@code GET /api/v1/users/{id}} as bytes on the wire, status line to body: the user resource of
 * {@code okta-user.json} (2.2 KB, compact as Okta sends it) with the headers Okta sends, {@code Date} and
 * {@code X-Rate-Limit-*} included, so that the component's rate-limit tracking and clock estimate run as they do
 * against Okta.
 * <p>
 * The rate limit never holds a caller back: a limit of {@value #LIMIT} with {@value #REMAINING} left, and a reset always
 * {@value #RESET_AFTER_SECONDS} s after the answer's Date, so that every answer opens a window with room to spare.
 */
final class OktaUserAnswer {

    static final String USER_ID = "00ub0oNGTSWTBKOLGLNR";
    static final int LIMIT = 1_000_000;
    static final int REMAINING = 999_999;
    static final int RESET_AFTER_SECONDS = 60;

    private static final byte[] BODY = compactUser();

    private OktaUserAnswer() {
    }

    static int bodyLength() {
        return BODY.length;
    }

    /** The whole answer as Okta would send it at {@code now}; only Date and the reset depend on it. */
    static byte[] at(Instant now) {
        String head = "HTTP/1.1 200 OK\r\n"
                      + "Date: " + DateUtils.formatStandardDate(now) + "\r\n"
                      + "Server: okta-fixed\r\n" // Okta names its front server here; any value serves
                      + "Content-Type: application/json\r\n"
                      + "Content-Length: " + BODY.length + "\r\n"
                      + "Connection: keep-alive\r\n"
                      + "Vary: Accept-Encoding\r\n"
                      + "X-Okta-Request-Id: aQjZrn3Ua2rfmB3fhnJ5OgAAA8o\r\n"
                      + "X-Rate-Limit-Limit: " + LIMIT + "\r\n"
                      + "X-Rate-Limit-Remaining: " + REMAINING + "\r\n"
                      + "X-Rate-Limit-Reset: " + (now.getEpochSecond() + RESET_AFTER_SECONDS) + "\r\n"
                      + "Cache-Control: no-cache, no-store\r\n"
                      + "Pragma: no-cache\r\n"
                      + "Expires: 0\r\n"
                      + "ETag: W/\"a1d0f2c9e6b3\"\r\n"
                      + "X-Content-Type-Options: nosniff\r\n"
                      + "Strict-Transport-Security: max-age=315360000; includeSubDomains\r\n"
                      + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] answer = new byte[headBytes.length + BODY.length];
        System.arraycopy(headBytes, 0, answer, 0, headBytes.length);
        System.arraycopy(BODY, 0, answer, headBytes.length, BODY.length);
        return answer;
    }

    private static byte[] compactUser() {
        try (InputStream json = OktaUserAnswer.class.getResourceAsStream("/okta-user.json")) {
            if (json == null) {
                throw new IllegalStateException("okta-user.json is missing from the benchmarks' class path");
            }
            JsonMapper mapper = JsonMapper.builder().build();
            return mapper.writeValueAsBytes(mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read okta-user.json", e);
        }
    }
}
