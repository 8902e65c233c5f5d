package dev.camelokta.sandbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Not a test: a self-check of how many requests per second the sandbox serves, client and server on one
 * machine. Each client thread keeps one connection alive and, over and over, creates a user, reads it back
 * by id and by login, and lists the user types, for a fixed time. Rate limits are off, so that only speed
 * is measured. The client is a bare HTTP/1.1 writer and reader, so that the figure is the server's, not a
 * heavy client's (the JDK's HttpClient alone takes most of a core at these rates).
 *
 * <pre>
 * mvn -B -pl okta-sandbox test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.camelokta.sandbox.SandboxThroughputBenchmark -Dexec.args="10 8"
 * </pre>
 * The arguments are the seconds to measure (default 10) and the client threads (default 8).
 */
public final class SandboxThroughputBenchmark {

    private static final int WARM_UP_SECONDS = 3;

    private SandboxThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (OktaSandbox okta = OktaSandbox.builder().rateLimitsEnabled(false).start()) {
            // Warm up first, so that the figure is of a running JVM rather than of the JIT compiler.
            run(okta, threads, WARM_UP_SECONDS, "warmup");
            okta.reset();
            long requests = run(okta, threads, seconds, "run");
            System.out.printf(Locale.ROOT, "%d requests in %d s with %d client threads: %.0f requests/s (%s)%n",
                    requests, seconds, threads, (double) requests / seconds, okta.counters());
        }
    }

    private static long run(OktaSandbox okta, int threads, int seconds, String label) throws Exception {
        LongAdder requests = new LongAdder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = label + "-" + t + "-";
                running.add(clients.submit(() -> {
                    try (Connection connection = new Connection(okta)) {
                        for (long i = 0; System.nanoTime() < deadline; i++) {
                            String login = prefix + i + "@example.com";
                            String created = connection.send("POST", "/api/v1/users", Profiles.body(Profiles.of(login)));
                            int id = created.indexOf("\"id\":\"") + 6;
                            connection.send("GET", "/api/v1/users/" + created.substring(id, id + 20), null);
                            connection.send("GET", "/api/v1/users/" + login, null);
                            connection.send("GET", "/api/v1/meta/types/user", null);
                            requests.add(4);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(seconds + 60L, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        return requests.sum();
    }

    /** One kept-alive HTTP/1.1 connection that expects 200 answers with a Content-Length. */
    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;
        private final DataInputStream in;
        private final String authorization;

        Connection(OktaSandbox okta) throws IOException {
            socket = new Socket("127.0.0.1", okta.port());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            authorization = "SSWS " + okta.apiToken();
        }

        String send(String method, String path, String json) throws IOException {
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + body.length);
            request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            request.writeBytes(body);
            out.write(request.toByteArray());
            out.flush();

            String status = line();
            int length = -1;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).trim());
                }
            }
            byte[] answer = new byte[length];
            in.readFully(answer);
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException(method + " " + path + ": " + status);
            }
            return new String(answer, StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("The connection ended");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
