package dev.camelokta.springboot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Captures in memory everything the given loggers write at TRACE while it is open (Spring Boot logs through
 * Logback), and puts their levels back on close.
 */
final class LogbackCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final Map<Logger, Level> levels = new HashMap<>();
    private final Logger root;

    private LogbackCapture(String... loggerNames) {
        LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(loggers);
        start();
        root = loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(this);
        for (String name : loggerNames) {
            Logger logger = loggers.getLogger(name);
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
    }

    /** Starts capturing the root logger and the named ones at TRACE. */
    static LogbackCapture atTrace(String... loggerNames) {
        return new LogbackCapture(loggerNames);
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                .append(" - ").append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        lines.add(line.toString());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String text() {
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        root.detachAppender(this);
        levels.forEach(Logger::setLevel);
        stop();
    }
}
