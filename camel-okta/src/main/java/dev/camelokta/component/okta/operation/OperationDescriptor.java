package dev.camelokta.component.okta.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.camelokta.component.okta.api.InputRule;
import dev.camelokta.component.okta.api.InputSpec;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaResult;

/**
 * Everything about one operation, in one place: its name and alias, what it does, its parameters, the request it
 * sends, how it is carried out and what it gives. Dispatch, input resolution, the failure result, the input and output
 * JSON Schemas and the README's tables all come from it, or are checked against it by a test.
 *
 * @param operation   the name and snake_case alias
 * @param description what it does, in a sentence or two: for docs and agent tools
 * @param input       its parameters and input rules
 * @param request     the Okta request it sends (the first, when its handler sends more)
 * @param handler     how it is carried out
 * @param result      the result it puts in the body
 * @param oktaCall    the README's account of its Okta calls, in Markdown
 */
public record OperationDescriptor(OktaOperation operation, String description, InputSpec input, RequestTemplate request,
                                  OperationHandler handler, ResultType result, String oktaCall) {

    public OperationDescriptor {
        Objects.requireNonNull(operation, "operation");
        for (Object part : new Object[] { description, input, request, handler, result, oktaCall }) {
            Objects.requireNonNull(part, () -> operation + ": a descriptor needs a description, parameters, a request, "
                                               + "a handler and a result type");
        }
        for (String placeholder : request.placeholders()) {
            if (input.parameter(placeholder).isEmpty()) {
                throw new IllegalArgumentException(operation + ": its request " + request.describe()
                                                   + " takes " + placeholder + ", which is not one of its parameters");
            }
        }
    }

    public static Builder of(OktaOperation operation) {
        return new Builder(operation);
    }

    /** The operation's result for a failure. */
    public OktaResult failure(String error) {
        return result.failure().apply(error);
    }

    /** Builds a descriptor; a one-call operation names its reader, any other its handler. */
    public static final class Builder {

        private final OktaOperation operation;
        private String description;
        private final List<OperationParameter> parameters = new ArrayList<>();
        private final List<InputRule> rules = new ArrayList<>();
        private String plainTextParameter;
        private RequestTemplate request;
        private Function<OktaInput, String> body;
        private OperationHandler handler;
        private AnswerReader reader;
        private ResultType result;
        private String oktaCall;

        private Builder(OktaOperation operation) {
            this.operation = operation;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The parameters in the order they are documented, required ones first. */
        public Builder parameters(OperationParameter... parameters) {
            this.parameters.addAll(List.of(parameters));
            return this;
        }

        public Builder rule(InputRule rule) {
            rules.add(rule);
            return this;
        }

        /** A body that is plain text, not a JSON object, is this parameter (getUser: the user id). */
        public Builder plainTextBody(OperationParameter parameter) {
            this.plainTextParameter = parameter.name();
            return this;
        }

        public Builder request(RequestTemplate request) {
            this.request = request;
            return this;
        }

        /** The JSON body of a one-call operation's request. */
        public Builder body(Function<OktaInput, String> body) {
            this.body = body;
            return this;
        }

        /** A one-call operation: the request, read by this reader. */
        public Builder answer(AnswerReader reader) {
            this.reader = reader;
            return this;
        }

        /** An operation whose behaviour needs more than one call. */
        public Builder handler(OperationHandler handler) {
            this.handler = handler;
            return this;
        }

        public Builder result(ResultType result) {
            this.result = result;
            return this;
        }

        /** The README's account of the Okta calls; by default the request, e.g. {@code GET /api/v1/meta/types/user}. */
        public Builder oktaCall(String markdown) {
            this.oktaCall = markdown;
            return this;
        }

        public OperationDescriptor build() {
            if ((handler == null) == (reader == null)) {
                throw new IllegalArgumentException(operation + ": give either a reader (one call) or a handler");
            }
            OperationHandler carriedOutBy = handler != null ? handler : new SingleRequestHandler(request, body, reader);
            String call = oktaCall != null ? oktaCall : request == null ? null : "`" + request.describe() + "`";
            return new OperationDescriptor(operation, description,
                    new InputSpec(operation, parameters, rules, plainTextParameter), request, carriedOutBy, result, call);
        }
    }
}
