package dev.camelokta.sandbox;

import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** Makes identifiers shaped like Okta's: 20-character object ids with a type prefix, request ids, tokens. */
final class OktaIds {

    private static final char[] ALPHANUMERIC =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final char[] URL_SAFE =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".toCharArray();
    private static final SecureRandom TOKEN_RANDOM = new SecureRandom();

    private OktaIds() {
    }

    /** A user id: {@code 00u} and 17 alphanumerics, like {@code 00ub0oNGTSWTBKOLGLNR}. */
    static String userId() {
        return "00u" + random(ALPHANUMERIC, 17, ThreadLocalRandom.current());
    }

    /** A group id: {@code 00g} and 17 alphanumerics, like {@code 00g1emaKYZTWRYYRRTSK}. */
    static String groupId() {
        return "00g" + random(ALPHANUMERIC, 17, ThreadLocalRandom.current());
    }

    /**
     * A one-time token, such as an activation token, or a temporary password: a credential, so from a secure source,
     * 20 alphanumerics like Okta's {@code XE6wE17zmphl3KqAPFxO}.
     */
    static String oneTimeToken(int length) {
        return random(ALPHANUMERIC, length, TOKEN_RANDOM);
    }

    /** A user type id: {@code oty} and 17 alphanumerics. */
    static String userTypeId() {
        return "oty" + random(ALPHANUMERIC, 17, ThreadLocalRandom.current());
    }

    /** The id of the profile schema that belongs to a user type: Okta pairs {@code otyX} with {@code oscX}. */
    static String schemaIdOf(String userTypeId) {
        return "osc" + userTypeId.substring(3);
    }

    /** An id for the administrator named as {@code createdBy} of the user types: a user id nobody can fetch. */
    static String adminId() {
        return "00u" + random(ALPHANUMERIC, 17, ThreadLocalRandom.current());
    }

    /** An {@code X-Okta-Request-Id}: 27 characters, which makes a repeat practically impossible. */
    static String requestId() {
        return random(URL_SAFE, 27, ThreadLocalRandom.current());
    }

    /** An {@code errorId}: {@code oae} and 22 characters, like {@code oaeDd77L9R-TJaD7j_rXsQ31w}. */
    static String errorId() {
        return "oae" + random(URL_SAFE, 22, ThreadLocalRandom.current());
    }

    /** An API token like Okta's: {@code 00} and 40 characters, from a secure source as tokens should be. */
    static String apiToken() {
        return "00" + random(URL_SAFE, 40, TOKEN_RANDOM);
    }

    private static String random(char[] alphabet, int length, Random random) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(chars);
    }
}
