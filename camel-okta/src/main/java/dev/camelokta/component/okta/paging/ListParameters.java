package dev.camelokta.component.okta.paging;

import java.util.List;

import dev.camelokta.component.okta.api.InputRule;
import dev.camelokta.component.okta.api.OperationParameter;

/**
 * The parameters of the list operations, declared once; each list's descriptor describes them as its list uses them.
 */
public final class ListParameters {

    public static final OperationParameter SEARCH = OperationParameter.string("search",
            "An Okta search expression, e.g. profile.department eq \"Engineering\".");
    public static final OperationParameter FILTER = OperationParameter.string("filter",
            "An Okta filter expression, e.g. status eq \"ACTIVE\".");
    public static final OperationParameter Q = OperationParameter.string("q",
            "A simple query: matched against the start of names and emails; Okta gives one page only.");
    public static final OperationParameter LIMIT = OperationParameter.integer("limit",
            "The page size: how many items each request to Okta asks for.");
    public static final OperationParameter AFTER = OperationParameter.string("after",
            "The cursor to start from: the after of a page result, or the resume cursor of a failed page.");
    public static final OperationParameter SINGLE_PAGE = OperationParameter.bool("single_page",
            "true: the body is one page result with the after of the next page; false: an Iterator of all items.")
            .endpointDefault("singlePage").defaultValue(false);

    /** Okta takes one of search, filter and q. */
    public static final InputRule ONE_QUERY = InputRule.atMostOneOf("Several queries",
            List.of(SEARCH.name(), FILTER.name(), Q.name()), "at most one of `search`, `filter`, `q`");

    private ListParameters() {
    }
}
