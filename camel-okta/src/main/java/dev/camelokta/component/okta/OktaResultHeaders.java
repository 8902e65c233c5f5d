package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.RateLimitStatus;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.operation.OperationOutcome;
import org.apache.camel.Message;

/**
 * Sets the output headers of a call, so that no header of an earlier call is left standing beside this one's.
 */
final class OktaResultHeaders {

    private OktaResultHeaders() {
    }

    static void clear(Message message) {
        message.removeHeader(OktaConstants.SUCCESS);
        message.removeHeader(OktaConstants.HTTP_STATUS);
        message.removeHeader(OktaConstants.ERROR_CODE);
        message.removeHeader(OktaConstants.REQUEST_ID);
        message.removeHeader(OktaConstants.RATE_LIMIT_LIMIT);
        message.removeHeader(OktaConstants.RATE_LIMIT_REMAINING);
        message.removeHeader(OktaConstants.RATE_LIMIT_RESET);
        message.removeHeader(OktaConstants.ALREADY_EXISTED);
        message.removeHeader(OktaConstants.NEXT_CURSOR);
        message.removeHeader(OktaConstants.USER_STATUS);
        message.removeHeader(OktaConstants.ALREADY_IN_STATE);
    }

    static void success(Message message, OperationOutcome outcome) {
        message.setHeader(OktaConstants.SUCCESS, true);
        OktaResponse response = outcome.lastResponse();
        message.setHeader(OktaConstants.HTTP_STATUS, response.status());
        message.setHeader(OktaConstants.REQUEST_ID, response.requestId());
        rateLimit(message, response.rateLimit());
        if (outcome.userId() != null) {
            message.setHeader(OktaConstants.USER_ID, outcome.userId());
        }
        if (outcome.groupId() != null) {
            message.setHeader(OktaConstants.GROUP_ID, outcome.groupId());
        }
        if (outcome.alreadyExisted()) {
            message.setHeader(OktaConstants.ALREADY_EXISTED, true);
        }
        if (outcome.nextCursor() != null) {
            message.setHeader(OktaConstants.NEXT_CURSOR, outcome.nextCursor());
        }
        if (outcome.userStatus() != null) { // a lifecycle operation
            message.setHeader(OktaConstants.USER_STATUS, outcome.userStatus());
            message.setHeader(OktaConstants.ALREADY_IN_STATE, outcome.alreadyInState());
        }
    }

    /** @param failure the failed call, or null when the input was refused before any call */
    static void failure(Message message, OktaApiException failure) {
        message.setHeader(OktaConstants.SUCCESS, false);
        if (failure == null) {
            return;
        }
        if (failure.getHttpStatus() > 0) {
            message.setHeader(OktaConstants.HTTP_STATUS, failure.getHttpStatus());
        }
        message.setHeader(OktaConstants.ERROR_CODE, failure.getErrorCode());
        message.setHeader(OktaConstants.REQUEST_ID, failure.getRequestId());
        rateLimit(message, failure.getRateLimit());
    }

    private static void rateLimit(Message message, RateLimitStatus rateLimit) {
        if (rateLimit != null) {
            message.setHeader(OktaConstants.RATE_LIMIT_LIMIT, rateLimit.limit());
            message.setHeader(OktaConstants.RATE_LIMIT_REMAINING, rateLimit.remaining());
            message.setHeader(OktaConstants.RATE_LIMIT_RESET, rateLimit.resetEpochSeconds());
        }
    }
}
