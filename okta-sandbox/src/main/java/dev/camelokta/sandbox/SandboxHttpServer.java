package dev.camelokta.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server on 127.0.0.1 only, with a thread pool that grows with the requests in flight.
 * A request waiting in a queue would not count as in flight, so the pool hands each request a thread at
 * once, up to {@code maxThreads}; past that the accepting thread serves it, which slows clients down.
 */
final class SandboxHttpServer implements AutoCloseable {

    private static final int BACKLOG = 1024;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final long IDLE_THREAD_SECONDS = 30;

    static {
        // The JDK server writes headers and body in two segments; with Nagle's algorithm on, the body waits
        // for the client's delayed ACK, some 40 ms per answer. The JDK reads this once, at its first server.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private SandboxHttpServer(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds the port, so that it is known before anything is served. */
    static SandboxHttpServer bind(int port, int maxThreads) {
        HttpServer server;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("The Okta sandbox could not listen on 127.0.0.1:" + port, e);
        }
        int coreThreads = Math.min(maxThreads, 2 * Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor executor = new ThreadPoolExecutor(coreThreads, maxThreads, IDLE_THREAD_SECONDS,
                TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads(server.getAddress().getPort()),
                new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        return new SandboxHttpServer(server, executor);
    }

    /** Starts serving every path with {@code handler}. */
    void start(HttpHandler handler) {
        server.createContext("/", handler);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Daemon threads, named after the port, so that a thread dump tells which sandbox they serve. */
    private static ThreadFactory daemonThreads(int port) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "okta-sandbox-" + port + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
