package dev.camelokta.component.okta.operation;

import java.util.function.Function;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.input.OktaInput;

/**
 * An operation that is one Okta call: the request its template builds from the input, and the answer read by its
 * reader. Most operations need nothing more, and so no handler of their own.
 */
public final class SingleRequestHandler implements OperationHandler {

    private final RequestTemplate request;
    private final Function<OktaInput, String> body;
    private final AnswerReader reader;

    /**
     * @param body the JSON body from the input, or null for a request without one
     */
    public SingleRequestHandler(RequestTemplate request, Function<OktaInput, String> body, AnswerReader reader) {
        this.request = request;
        this.body = body;
        this.reader = reader;
    }

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        return reader.read(client.send(request.build(input::value, body == null ? null : body.apply(input))));
    }
}
