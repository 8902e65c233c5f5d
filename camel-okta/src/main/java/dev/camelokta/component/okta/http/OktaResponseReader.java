package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Reads one answer into an {@link OktaResponse}: the body bounded by {@link AnswerLimits#MAX_BODY_BYTES} (counted as
 * it is read, after decompression), decoded by its charset or as UTF-8, and the token taken out of the body and of
 * every header value kept.
 */
final class OktaResponseReader {

    private OktaResponseReader() {
    }

    static OktaResponse read(OktaRequest request, ClassicHttpResponse answer, String token) throws IOException {
        HttpEntity entity = answer.getEntity();
        String contentType = entity == null ? null : entity.getContentType();
        String body = entity == null ? "" : new String(readBounded(entity), charset(contentType));
        return new OktaResponse(
                request,
                answer.getCode(),
                Redaction.redact(contentType, token),
                Redaction.redact(body, token),
                value(answer, "X-Okta-Request-Id", token),
                value(answer, HttpHeaders.ETAG, token),
                RateLimitStatus.from(value(answer, "X-Rate-Limit-Limit", token),
                        value(answer, "X-Rate-Limit-Remaining", token),
                        value(answer, "X-Rate-Limit-Reset", token)),
                value(answer, HttpHeaders.DATE, token),
                false,
                Arrays.stream(answer.getHeaders(HttpHeaders.LINK)).map(link -> Redaction.redact(link.getValue(), token))
                        .toList());
    }

    /** Never holds more than the limit and one byte: the read stops there. */
    private static byte[] readBounded(HttpEntity entity) throws IOException {
        long length = entity.getContentLength(); // -1 when unknown, as for a chunked or a decompressed body
        if (length > AnswerLimits.MAX_BODY_BYTES) {
            throw new AnswerTooLargeException();
        }
        InputStream content = entity.getContent();
        if (content == null) {
            return new byte[0];
        }
        byte[] body = content.readNBytes(length >= 0 ? (int) length : AnswerLimits.MAX_BODY_BYTES + 1);
        if (body.length > AnswerLimits.MAX_BODY_BYTES) {
            throw new AnswerTooLargeException();
        }
        return body;
    }

    /** The charset the answer declares, when Java knows it; else UTF-8, which JSON is (RFC 8259). */
    static Charset charset(String contentType) {
        if (contentType == null || !declaresCharset(contentType)) {
            return StandardCharsets.UTF_8; // Okta's answers: application/json
        }
        try {
            ContentType type = ContentType.parseLenient(contentType);
            Charset declared = type == null ? null : type.getCharset();
            return declared == null ? StandardCharsets.UTF_8 : declared;
        } catch (RuntimeException illegalOrUnsupported) { // IllegalCharsetNameException, UnsupportedCharsetException
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean declaresCharset(String contentType) {
        for (int i = contentType.indexOf(';'); i >= 0 && i < contentType.length(); i++) {
            if (contentType.regionMatches(true, i, "charset", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    private static String value(ClassicHttpResponse answer, String name, String token) {
        Header header = answer.getFirstHeader(name);
        return header == null ? null : Redaction.redact(header.getValue(), token);
    }
}
