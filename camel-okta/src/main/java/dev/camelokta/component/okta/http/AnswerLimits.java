package dev.camelokta.component.okta.http;

import org.apache.hc.core5.http.config.Http1Config;

/**
 * The most of an answer the component reads, so that no answer, however large, can exhaust the heap. An Okta user is
 * a few KB and a page of 200 users 1 to 2 MB: the limits leave room for those and stay far below any heap.
 */
final class AnswerLimits {

    /** The largest body read, after decompression. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    static final String MAX_BODY = "8 MiB";

    /** The longest line of an answer's head (status line, header, chunk header); Okta's longest header is a few KB. */
    static final int MAX_LINE_LENGTH = 32 * 1024;
    /** The most header lines of an answer; Okta sends about 30. */
    static final int MAX_HEADER_COUNT = 200;

    /** The connections of the component's pooled client parse answers' heads within the limits. */
    static final Http1Config HTTP1_CONFIG = Http1Config.custom()
            .setMaxLineLength(MAX_LINE_LENGTH)
            .setMaxHeaderCount(MAX_HEADER_COUNT)
            .build();

    private AnswerLimits() {
    }
}
