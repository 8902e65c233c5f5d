package dev.camelokta.examples.provisioning.csv;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Refuses the file of the exchange, before it is parsed, when it is not UTF-8 text; says where it is not. */
public final class RequireUtf8Text implements Processor {

    @Override
    public void process(Exchange exchange) throws Exception {
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        Utf8Check.problem(file).ifPresent(problem -> {
            throw new UnreadableCsvException("it is not UTF-8 text: " + problem + "; save it as UTF-8");
        });
    }
}
