package dev.camelokta.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code after} cursors of the lists: opaque to clients, as Okta's are, and tied to the list that handed them
 * out, so a cursor of the users list is no cursor of a group's members. Inside: the list's name and the place
 * (creation or membership order) of the last item of the page.
 */
final class PageCursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageCursor() {
    }

    static String encode(String list, long place) {
        return ENCODER.encodeToString((list + ":" + place).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The place a cursor points after; 0 (the start) when there is none.
     *
     * @throws OktaApiException {@code E0000029} for a cursor this list did not hand out
     */
    static long decode(String list, String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(list + ":")) {
                long place = Long.parseLong(text.substring(list.length() + 1));
                if (place > 0) {
                    return place;
                }
            }
        } catch (IllegalArgumentException e) {
            // not Base64, or no number: not a cursor, answered below
        }
        throw new OktaApiException(OktaError.invalidPaging());
    }
}
