package dev.camelokta.component.okta.paging;

import java.util.List;

import dev.camelokta.component.okta.http.OktaResponse;

/**
 * One page of a list, as Okta answered it.
 *
 * @param items      the page's items
 * @param nextCursor the {@code after} of the next page, or null on the last page
 * @param response   Okta's answer, for the result headers
 */
record Page<T>(List<T> items, String nextCursor, OktaResponse response) {
}
