package dev.camelokta.component.okta.paging;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaRequest;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;

/**
 * A list operation: fetches the first page (so its failures are a normal failed result), then gives either that one
 * page as a result with the cursor of the next ({@code single_page=true}), or an {@link OktaPageIterator} over every
 * item, which fetches the later pages as the route takes them. Every page request is the descriptor's request, with
 * the next page's {@code after} taken from Okta's {@code Link} header; a list whose request takes no {@code after}
 * (Okta's spec gives it no paging) fails on a next link rather than ignore it.
 *
 * @param <T> the item type
 */
public final class ListHandler<T> implements OperationHandler {

    /** Works out the request's values from the input, e.g. a user's id from a login; may call Okta. */
    @FunctionalInterface
    public interface RequestValues {
        Function<String, Object> resolve(OktaInput input, OktaClient client);
    }

    private final String operation;
    private final RequestTemplate request;
    private final RequestValues requestValues;
    private final Function<OktaResponse, List<T>> pageReader;
    private final BiFunction<List<T>, String, OktaResult> pageResult;

    /**
     * @param pageReader reads a page's items, or throws an OktaApiException for a failed or unreadable answer
     * @param pageResult the single-page result from the items and the next page's cursor
     */
    public ListHandler(String operation, RequestTemplate request, RequestValues requestValues,
                       Function<OktaResponse, List<T>> pageReader, BiFunction<List<T>, String, OktaResult> pageResult) {
        this.operation = operation;
        this.request = request;
        this.requestValues = requestValues;
        this.pageReader = pageReader;
        this.pageResult = pageResult;
    }

    /** A list whose request takes the input's values as they are. */
    public ListHandler(String operation, RequestTemplate request, Function<OktaResponse, List<T>> pageReader,
                       BiFunction<List<T>, String, OktaResult> pageResult) {
        this(operation, request, (input, client) -> input::value, pageReader, pageResult);
    }

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        checkPageInput(input);
        Function<String, Object> values = requestValues.resolve(input, client);
        PageSource<T> pages = after -> fetch(client, values, after);
        Page<T> first = pages.fetch(input.text(ListParameters.AFTER));
        if (Boolean.TRUE.equals(input.flag(ListParameters.SINGLE_PAGE))) {
            return new OperationOutcome(pageResult.apply(first.items(), first.nextCursor()), null, first.response(), false,
                    first.nextCursor());
        }
        return new OperationOutcome(new OktaPageIterator<>(operation, first, pages), null, first.response(), false, null);
    }

    private Page<T> fetch(OktaClient client, Function<String, Object> values, String after) {
        OktaRequest pageRequest = request.build(name -> ListParameters.AFTER.name().equals(name) ? after : values.apply(name),
                null);
        OktaResponse response = client.send(pageRequest);
        List<T> items = pageReader.apply(response); // a failed answer throws here, before its Link is looked at
        String next = NextPageLink.cursor(response, client.orgUrl());
        if (next != null && !request.placeholders().contains(ListParameters.AFTER.name())) {
            throw new OktaApiException("Okta answered " + response.status() + " to "
                                       + LogValues.safe(pageRequest.describe())
                                       + " with a next page, but Okta's spec gives this list no after cursor: not followed",
                    response.status(), null, null, List.of(), response.requestId(), response.rateLimit(), null);
        }
        return new Page<>(items, next, response);
    }

    /** A page size Okta would refuse, or an empty cursor, is refused before any call. */
    private void checkPageInput(OktaInput input) {
        Object limit = input.value(ListParameters.LIMIT.name());
        if (limit instanceof Integer size && size < 1) {
            throw new OktaInputException("Invalid limit " + size + " for okta:" + operation
                                         + ": it is the page size, a whole number of 1 or more, e.g. limit=200");
        }
        String after = input.text(ListParameters.AFTER);
        if (after != null && after.isBlank()) {
            throw new OktaInputException("Invalid after '' for okta:" + operation + ": give the after of a page result "
                                         + "(or the resume cursor of a failed page), or no after to start at the beginning");
        }
    }
}
