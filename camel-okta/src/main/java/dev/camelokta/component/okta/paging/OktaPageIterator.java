package dev.camelokta.component.okta.paging;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaPageException;
import dev.camelokta.component.okta.logging.LogValues;

/**
 * The body of a streamed list (listUsers, listGroups, ...): its items, one page at a time. The producer fetched the
 * first page; each next page is fetched, through the endpoint's client and so its rate limits, only when the route has
 * taken every item of the page before (a {@code hasNext()} at the end of a page). It holds at most one page, and drops
 * each item as it hands it out, so {@code .split(body()).streaming()} walks any number of items in constant memory.
 * <p>
 * A page that cannot be fetched makes {@code next()} throw an {@link OktaPageException} with the cursor to resume from,
 * and again on every later call: the list never just ends early. Not thread-safe, as a split
 * does not need it to be. {@link #close()} drops the page and fetches no more; Camel's split closes it when done.
 */
public final class OktaPageIterator<T> implements Iterator<T>, Closeable {

    private final String operation;
    private final PageSource<T> source;
    private List<T> page;
    private int position;
    private String nextCursor;
    private int pageNumber = 1;
    private long handedOut;
    private OktaPageException failure;
    private boolean closed;

    OktaPageIterator(String operation, Page<T> first, PageSource<T> source) {
        this.operation = operation;
        this.source = source;
        this.page = new ArrayList<>(first.items());
        this.nextCursor = first.nextCursor();
    }

    /**
     * Fetches the next page when the one held is done. A page that cannot be fetched makes this true, and the
     * {@code next()} that follows throws: Camel's split asks {@code hasNext()} before it processes the item it just
     * took, so a failure thrown here would end the split before its last item was processed, and the resume cursor
     * would skip it.
     */
    @Override
    public boolean hasNext() {
        if (failure != null) {
            return true;
        }
        while (!closed && position >= page.size() && nextCursor != null) {
            if (!fetchNextPage()) {
                return true;
            }
        }
        return !closed && position < page.size();
    }

    /** @throws OktaPageException when the next page was needed and could not be fetched; again on every later call */
    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("okta:" + operation + " has no more items");
        }
        if (failure != null) {
            throw failure;
        }
        T item = page.set(position++, null); // handed out: no longer held here
        handedOut++;
        return item;
    }

    /** Fetches no more pages and lets go of the page held. */
    @Override
    public void close() {
        closed = true;
        page = List.of();
        position = 0;
    }

    /** The items fetched and not yet handed out: never more than one page. */
    public int buffered() {
        return page.size() - position;
    }

    /** The pages fetched so far, the producer's first page included. */
    public int pagesFetched() {
        return pageNumber;
    }

    /** The {@code after} of the page that comes next, or null when the page held is the last. */
    public String nextCursor() {
        return nextCursor;
    }

    /** @return false when it failed: {@link #failure} says why */
    private boolean fetchNextPage() {
        String cursor = nextCursor;
        page = List.of(); // the page before is done with: hold at most one, even while fetching
        position = 0;
        Page<T> next;
        try {
            next = source.fetch(cursor);
        } catch (OktaApiException e) {
            failure = new OktaPageException(operation, e, cursor, pageNumber + 1, handedOut);
            return false;
        } catch (RuntimeException e) { // a bug, or an httpClient of the route's that throws: its message is not shown
            failure = new OktaPageException(operation, OktaApiException.withoutResponse("Unexpected failure: "
                                                                                        + e.getClass().getName(), null),
                    cursor, pageNumber + 1, handedOut);
            return false;
        }
        if (cursor.equals(next.nextCursor())) {
            failure = new OktaPageException(operation, new OktaApiException("Okta's next link repeats the cursor of the page it "
                                                                           + "came with, " + LogValues.safe(cursor)
                                                                           + ": the list would never end",
                    next.response().status(), null, null, List.of(), next.response().requestId(),
                    next.response().rateLimit(), null), cursor, pageNumber + 1, handedOut);
            return false;
        }
        pageNumber++;
        page = new ArrayList<>(next.items());
        nextCursor = next.nextCursor();
        return true;
    }

    @Override
    public String toString() {
        return "OktaPageIterator[okta:" + operation + ", page " + pageNumber + ", " + buffered() + " buffered, "
               + (nextCursor == null ? "last page" : "more to come") + "]";
    }
}
