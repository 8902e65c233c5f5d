package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The connections of the component's pooled client. They behave as HttpClient's own, except that
 * <ul>
 * <li>they write no header log ({@code org.apache.hc.client5.http.headers}) and no wire log
 * ({@code org.apache.hc.client5.http.wire}): at DEBUG the wire log prints every byte sent,
 * {@code Authorization: SSWS <token>} included, which nothing on the request side can mask. Each call is logged by
 * {@link OktaHttpTransport} instead, without the token;</li>
 * <li>they refuse an answer's head with a line longer than {@value AnswerLimits#MAX_LINE_LENGTH} characters or more
 * than {@value AnswerLimits#MAX_HEADER_COUNT} headers ({@code MessageConstraintException}), where HttpClient's
 * default has no limit and an endless header line ends in {@code OutOfMemoryError}.</li>
 * </ul>
 */
public final class TokenSafeConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    public static final TokenSafeConnectionFactory INSTANCE = new TokenSafeConnectionFactory();

    private static final DefaultHttpResponseParserFactory PARSERS = new DefaultHttpResponseParserFactory(
            AnswerLimits.HTTP1_CONFIG);

    private TokenSafeConnectionFactory() {
    }

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        TokenSafeConnection connection = new TokenSafeConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** HttpClient's DefaultManagedHttpClientConnection (5.5) without its header and wire logging, within the limits. */
    private static final class TokenSafeConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection {

        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile Timeout socketTimeout;

        TokenSafeConnection() {
            super(AnswerLimits.HTTP1_CONFIG, null, null, null, null, null, PARSERS);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void bind(SocketHolder socketHolder) throws IOException {
            if (closed.get()) {
                socketHolder.getSocket().close();
                throw new InterruptedIOException("Connection already shutdown");
            }
            super.bind(socketHolder);
            socketTimeout = Timeout.ofMilliseconds(socketHolder.getSocket().getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder socketHolder = getSocketHolder();
            return socketHolder == null ? null : socketHolder.getSocket();
        }

        @Override
        public SSLSession getSSLSession() {
            return getSocket() instanceof SSLSocket sslSocket ? sslSocket.getSession() : null;
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            super.setSocketTimeout(timeout);
            socketTimeout = timeout;
        }

        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(socketTimeout);
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode closeMode) {
            if (closed.compareAndSet(false, true)) {
                super.close(closeMode);
            }
        }
    }
}
