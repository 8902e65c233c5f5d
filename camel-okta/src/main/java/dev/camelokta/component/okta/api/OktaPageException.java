package dev.camelokta.component.okta.api;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * A page of a streamed list that could not be fetched after the first: it ends the route's walk (a split ends with
 * it) instead of ending the list early without a word. It carries Okta's answer as any failed call does, and the
 * cursor to resume from: the {@code after} of the page that failed. Send the same list operation again with that
 * {@code after} (header {@code CamelOktaAfter} or body key {@code after}) and the walk goes on where it stopped; every
 * item handed out before the failure came from earlier pages.
 */
public class OktaPageException extends OktaApiException {

    private static final long serialVersionUID = 1L;

    private final String resumeCursor;
    private final int page;
    private final long itemsBefore;

    /**
     * @param failure      why the page could not be fetched
     * @param resumeCursor the {@code after} of the page that failed
     * @param page         which page failed, the first being 1
     * @param itemsBefore  the items handed out before it
     */
    public OktaPageException(String operation, OktaApiException failure, String resumeCursor, int page, long itemsBefore) {
        super("okta:" + operation + " failed on page " + page + " after " + itemsBefore + " items: " + failure.getMessage()
              + "; resume with after=" + LogValues.safe(resumeCursor),
                failure.getHttpStatus(), failure.getErrorCode(), failure.getErrorSummary(), failure.getErrorCauses(),
                failure.getRequestId(), failure.getRateLimit(), failure);
        this.resumeCursor = resumeCursor;
        this.page = page;
        this.itemsBefore = itemsBefore;
    }

    /** The {@code after} to send to fetch the page that failed, and go on from there. */
    public String getResumeCursor() {
        return resumeCursor;
    }

    /** The page that failed: 2 for the first one after the page the producer fetched. */
    public int getPage() {
        return page;
    }

    /** How many items the list had handed out before the failure. */
    public long getItemsBefore() {
        return itemsBefore;
    }
}
