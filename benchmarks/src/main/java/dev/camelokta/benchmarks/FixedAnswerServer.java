package dev.camelokta.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A near-free HTTP/1.1 server on 127.0.0.1: it answers every request on a keep-alive connection with the same
 * pre-rendered bytes ({@link OktaUserAnswer}), whatever its method or path. Per request it scans the request head
 * for its blank line and writes one byte array: no parsing, no allocation, no copy. The answer is rendered again four
 * times a second, off the request path, so that its Date and rate-limit reset move on as Okta's do.
 * <p>
 * One platform thread per connection; requests must have no body (the overhead benchmark sends only GETs). Run in a
 * JVM of its own ({@link #main}), so that it shares neither JIT, GC nor heap with the clients it serves.
 */
public final class FixedAnswerServer implements AutoCloseable {

    /** What {@link #main} prints once it serves, followed by its base URL. */
    static final String LISTENING = "Fixed-answer server listening on ";
    private static final long RENDER_EVERY_MILLIS = 250;
    private static final int READ_BUFFER = 16 * 1024;

    private final ServerSocket serverSocket;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renderer = Executors.newSingleThreadScheduledExecutor(daemon("answer-renderer"));
    private volatile byte[] answer = OktaUserAnswer.at(Instant.now());

    private FixedAnswerServer() throws IOException {
        serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    }

    /** Serves until its standard input ends (the benchmark that started it ended) or it is stopped. */
    public static void main(String[] args) throws IOException {
        try (FixedAnswerServer server = start()) {
            System.out.println(LISTENING + server.baseUrl());
            System.out.flush();
            while (System.in.read() != -1) {
                // nothing is sent on it: end of input means the parent is gone
            }
        }
    }

    static FixedAnswerServer start() throws IOException {
        FixedAnswerServer server = new FixedAnswerServer();
        server.renderer.scheduleAtFixedRate(() -> server.answer = OktaUserAnswer.at(Instant.now()), RENDER_EVERY_MILLIS,
                RENDER_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        Thread acceptor = daemon("fixed-answer-accept").newThread(server::acceptConnections);
        acceptor.start();
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    private void acceptConnections() {
        int count = 0;
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true); // a small answer must not wait for the client's delayed ACK
                connections.add(socket);
                daemon("fixed-answer-" + ++count).newThread(() -> serve(socket)).start();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    System.err.println("Cannot accept a connection: " + e);
                }
            }
        }
    }

    /** Writes one answer for every request head read, until the client closes the connection. */
    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            byte[] buffer = new byte[READ_BUFFER];
            RequestHeadScanner scanner = new RequestHeadScanner();
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int heads = scanner.completedHeads(buffer, read); heads > 0; heads--) {
                    out.write(answer);
                }
            }
        } catch (IOException closedByClient) {
            // the client's pool closed or reset the connection: nothing to answer any more
        } finally {
            connections.remove(socket);
        }
    }

    @Override
    public void close() throws IOException {
        renderer.shutdownNow();
        serverSocket.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Finds the ends of request heads (CR LF CR LF) in a byte stream read in any chunks; a head may span chunks, and a
     * chunk may hold several heads (pipelining).
     */
    static final class RequestHeadScanner {

        /** How much of CR LF CR LF the bytes read so far end with: 0 to 3. */
        private int matched;

        int completedHeads(byte[] chunk, int length) {
            int heads = 0;
            for (int i = 0; i < length; i++) {
                byte b = chunk[i];
                if (b == '\r') {
                    matched = matched == 2 ? 3 : 1;
                } else if (b == '\n' && (matched == 1 || matched == 3)) {
                    matched++;
                    if (matched == 4) {
                        heads++;
                        matched = 0;
                    }
                } else {
                    matched = 0;
                }
            }
            return heads;
        }
    }
}
