package dev.camelokta.component.okta.paging;

import dev.camelokta.component.okta.api.OktaApiException;

/**
 * Fetches one page of a list, through the endpoint's client (rate limits, retries, deadlines).
 */
@FunctionalInterface
interface PageSource<T> {

    /**
     * @param  after            the page's cursor, or null for the first page
     * @throws OktaApiException when the page could not be fetched or read
     */
    Page<T> fetch(String after);
}
