package dev.camelokta.examples.provisioning.rest;

import java.util.OptionalLong;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;

/**
 * The HTTP status of a REST answer, from the outcome of the okta call: the one place that maps Okta's outcomes to the
 * API's statuses.
 * <ul>
 * <li>201 for a created user, 200 for the other successes;</li>
 * <li>400 for the caller's invalid input, whether the okta component refused it before any call or Okta did
 * (E0000001);</li>
 * <li>409 when Okta refused the login as already taken (E0000001 with a "login: ... already exists" cause);</li>
 * <li>404 when Okta has no such user (E0000007), or no group has the name given as group_id;</li>
 * <li>429 when Okta rate-limited the call, or the component refused to wait longer than maxRetryWait for the
 * rate-limit bucket, with Retry-After;</li>
 * <li>502 when Okta failed otherwise: 5xx, no answer, or 401/403, which say that this application's token is wrong,
 * not the caller's request;</li>
 * <li>500 for anything else, a bug of this application.</li>
 * </ul>
 */
public final class OktaResultStatus {

    private OktaResultStatus() {
    }

    public static int ofSuccess(OktaOperation operation) {
        return operation == OktaOperation.createUser ? 201 : 200;
    }

    public static int ofFailure(Throwable failure) {
        if (failure instanceof OktaInputException) {
            return 400;
        }
        if (failure instanceof OktaApiException okta) {
            if (okta.isRateLimited()) { // a 429, or a bucket the component would have waited too long for
                return 429;
            }
            if (okta.getHttpStatus() >= 200 && okta.getHttpStatus() < 300) {
                // Okta answered, but the name looked up found no one group (addUserToGroup with a group name)
                return 404;
            }
            return switch (okta.getHttpStatus()) {
                case 400 -> isLoginTaken(okta) ? 409 : 400;
                case 404 -> 404;
                case 429 -> 429;
                default -> 502;
            };
        }
        return 500;
    }

    /**
     * @return the seconds until Okta's rate-limit window resets (at least 1), for a rate-limited call that said when
     */
    public static OptionalLong retryAfterSeconds(Throwable failure, long nowEpochSeconds) {
        if (failure instanceof OktaApiException okta && okta.isRateLimited() && okta.getRateLimit() != null) {
            return OptionalLong.of(Math.max(1, okta.getRateLimit().resetEpochSeconds() - nowEpochSeconds));
        }
        return OptionalLong.empty();
    }

    private static boolean isLoginTaken(OktaApiException failure) {
        return "E0000001".equals(failure.getErrorCode())
               && failure.getErrorCauses().stream()
                       .anyMatch(cause -> cause.startsWith("login:") && cause.contains("already exists"));
    }
}
