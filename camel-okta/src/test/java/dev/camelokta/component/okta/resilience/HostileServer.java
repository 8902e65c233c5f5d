package dev.camelokta.component.okta.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 for the answers no well-behaved server gives: each connection reads one request
 * and gets what the script writes for it, by connection number (0 for the first), then a normal close (FIN). Every
 * socket is closed, and every thread ends, on {@link #close()}.
 */
final class HostileServer implements AutoCloseable {

    /** Writes the answer to one request. */
    @FunctionalInterface
    interface Script {
        void answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    /**
     * @param connection the connection's number, 0 for the first
     * @param line       the request line, such as {@code GET /api/v1/users/00u1 HTTP/1.1}
     */
    record Request(int connection, String line) {
    }

    private static final int MAX_REQUEST_HEAD = 64 * 1024;

    private final Script script;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hostile-okta");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    HostileServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptConnections);
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** The request lines received, such as {@code GET /api/v1/users/00u1 HTTP/1.1}, in order. */
    List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closed) {
                return;
            }
            sockets.add(socket);
            int connection = connections.getAndIncrement();
            threads.execute(() -> serve(socket, connection));
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket) {
            socket.setSoTimeout(10_000);
            String line = readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            script.answer(new Request(connection, line), out);
            out.flush();
            socket.shutdownOutput(); // a normal close: FIN, not a reset
        } catch (IOException | InterruptedException e) {
            // the client closed the connection, or the server was closed: the end of a hostile answer
        }
    }

    /** Reads the request head and its Content-Length body, so that closing sends a FIN, not a reset. */
    private String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length && head.size() < MAX_REQUEST_HEAD) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The client closed the connection before its request was complete");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String requestLine = text.substring(0, text.indexOf("\r\n"));
        requestLines.add(requestLine);
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
            }
        }
        return requestLine;
    }

    // What scripts write

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Writes the text {@code times} times, one every {@code everyMillis}: at most times x everyMillis. */
    static void trickle(OutputStream out, String text, int times, long everyMillis) throws IOException,
            InterruptedException {
        for (int i = 0; i < times; i++) {
            write(out, text);
            Thread.sleep(everyMillis);
        }
    }

    /** A whole 200 answer with a JSON body, closing the connection after it. */
    static String ok(String json) {
        return answer("200 OK", json);
    }

    static String answer(String status, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
               + "\r\nConnection: close\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1);
    }
}
