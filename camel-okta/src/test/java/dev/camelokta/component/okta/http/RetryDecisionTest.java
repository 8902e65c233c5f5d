package dev.camelokta.component.okta.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.stream.Stream;

import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures without an answer are retried: a lost answer is lost however the connection ended.
 */
class RetryDecisionTest {

    static Stream<Named<IOException>> lostAnswers() {
        return Stream.of(
                named(new ConnectionClosedException("Premature end of Content-Length delimited message body "
                                                    + "(expected: 500; received: 100)")),
                named(new ConnectionClosedException("Premature end of chunk coded message body: closing chunk expected")),
                named(new TruncatedChunkException("Truncated chunk (expected size: %d; actual size: %d)", 500, 100)),
                named(new MalformedChunkCodingException("Bad chunk header: x")),
                named(new EOFException("Unexpected end of ZLIB input stream")),
                named(new DeadlineExceededException(1000, null)),
                named(new SocketException("Connection reset")),
                named(new NoHttpResponseException("127.0.0.1:8080 failed to respond")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lostAnswers")
    void aLostAnswerIsAmbiguousAndRetried(IOException failure) {
        assertThat(RetryDecision.ambiguous(null, failure)).isTrue();
        assertThat(RetryDecision.notProcessed(null, failure)).isFalse();
        assertThat(RetryDecision.retryable(null, failure)).isTrue();
    }

    static Stream<Named<IOException>> failuresNotRetried() {
        return Stream.of(
                named(new AnswerTooLargeException()),
                named(new NoFreeSlotException(1000)),
                named(new MessageConstraintException("Maximum line length limit exceeded")),
                named(new UnknownHostException("acme.okta.com")),
                named(new IOException("Cannot read Okta's answer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresNotRetried")
    void aFailureThatARetryWouldRepeatIsNotRetried(IOException failure) {
        assertThat(RetryDecision.retryable(null, failure)).isFalse();
    }

    private static Named<IOException> named(IOException failure) {
        return Named.of(failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
    }
}
