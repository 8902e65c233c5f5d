package dev.camelokta.component.okta.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures in memory everything the given loggers (declared in log4j2-test.xml) write while it is open, at the level
 * asked; the console is spared meanwhile, and the levels are restored on close.
 */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final Map<LoggerConfig, Level> levels = new HashMap<>();
    private final Map<LoggerConfig, Boolean> additivity = new HashMap<>();
    private final LoggerContext context = LoggerContext.getContext(false);

    private LogCapture() {
        super("capture", null, null, true, Property.EMPTY_ARRAY);
    }

    /** Starts capturing; add the loggers with {@link #at}. */
    public static LogCapture open() {
        LogCapture capture = new LogCapture();
        capture.start();
        return capture;
    }

    /** Captures the loggers, declared in log4j2-test.xml, from the given level up. */
    public LogCapture at(Level level, String... loggerNames) {
        Configuration configuration = context.getConfiguration();
        for (String name : loggerNames) {
            LoggerConfig logger = configuration.getLoggerConfig(name);
            if (!logger.getName().equals(name)) {
                throw new IllegalStateException("Declare the logger " + name + " in log4j2-test.xml");
            }
            levels.put(logger, logger.getLevel());
            additivity.put(logger, logger.isAdditive());
            logger.setLevel(level);
            logger.setAdditive(false);
            logger.addAppender(this, level, null);
        }
        context.updateLoggers();
        return this;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                .append(" - ").append(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** Everything captured, one event a line. */
    public String text() {
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        levels.forEach((logger, level) -> {
            logger.removeAppender(getName());
            logger.setLevel(level);
            logger.setAdditive(additivity.get(logger));
        });
        context.updateLoggers();
        stop();
    }
}
