package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The connections of the component's pooled client. They behave as HttpClient's own, except that they write no header
 * log ({@code org.apache.hc.client5.http.headers}) and no wire log ({@code org.apache.hc.client5.http.wire}): at DEBUG
 * those print every request header, {@code Authorization: SSWS <token>} included. Each call is logged by
 * {@link OktaHttpTransport} instead, without the token.
 */
public final class TokenSafeConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    public static final TokenSafeConnectionFactory INSTANCE = new TokenSafeConnectionFactory();

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

    /** HttpClient's DefaultManagedHttpClientConnection (5.5) without its header and wire logging. */
    private static final class TokenSafeConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection {

        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile Timeout socketTimeout;

        TokenSafeConnection() {
            super(Http1Config.DEFAULT, null, null, null, null, null, DefaultHttpResponseParserFactory.INSTANCE);
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
