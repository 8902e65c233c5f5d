package dev.camelokta.component.okta.users;

import java.util.HashMap;
import java.util.Map;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UserLocator;

/**
 * A lifecycle operation, idempotent in effect: the user is found first (by id, login or email), and one already where
 * the transition leads is a success without a call. Otherwise the transition is sent to the user's id; a refusal names
 * the user's status and what Okta said. When Okta's refusal or a missing answer follows an attempt that may have been
 * processed (a retry after a lost answer meets the state that attempt made), the user is read again: one now where
 * the transition leads is a success.
 */
final class LifecycleHandler implements OperationHandler {

    private final LifecycleTransition transition;

    LifecycleHandler(LifecycleTransition transition) {
        this.transition = transition;
    }

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        UserLocator.Located located = UserLocator.find(client, input.text(UserParameters.USER_ID));
        Moved moved = move(client, transition, located.user(), located.response(),
                input.flag(UserParameters.SEND_EMAIL));
        OktaUser user = moved.user();
        return OperationOutcome.lifecycle(moved.result(), user.getId(), moved.lastResponse(), user.getStatus(),
                moved.alreadyInState());
    }

    /**
     * The user after the transition.
     *
     * @param answer         Okta's answer to the transition, the links for activate, reactivate and reset_password;
     *                       empty when none was sent or it was lost
     * @param alreadyInState the user was where the transition leads before it
     */
    record Moved(OktaUser user, OktaResponse lastResponse, Map<String, Object> answer, boolean alreadyInState) {

        OktaLifecycleResult result() {
            return OktaLifecycleResult.success(user).withLinks(text("activationUrl"), text("activationToken"),
                    text("resetPasswordUrl"));
        }

        private String text(String field) {
            Object value = answer.get(field);
            return value instanceof String text ? text : null;
        }
    }

    /**
     * @param user      the user as just read
     * @param lookup    the answer it came in
     * @param sendEmail the send_email parameter, or null when the transition takes none
     */
    static Moved move(OktaClient client, LifecycleTransition transition, OktaUser user, OktaResponse lookup,
                      Boolean sendEmail) {
        boolean inState = transition.leadsTo(user.getStatus());
        if (inState && !transition.sentWhenInState()) {
            return new Moved(user, lookup, Map.of(), true);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("user_id", user.getId());
        values.put("send_email", sendEmail);
        OktaResponse response;
        try {
            response = client.send(transition.request().build(values::get, null));
        } catch (OktaApiException noAnswer) {
            if (noAnswer.getHttpStatus() != 0 || Thread.currentThread().isInterrupted()) {
                throw noAnswer;
            }
            return movedByAnEarlierAttempt(client, transition, user, inState, noAnswer);
        }
        if (!response.isSuccess()) {
            OktaApiException refused = failed(transition, user, OktaFailures.fromResponse(response));
            if (response.afterAmbiguousFailure()) {
                return movedByAnEarlierAttempt(client, transition, user, inState, refused);
            }
            throw refused;
        }
        Map<String, Object> answer = answer(response);
        if (answer.containsKey("id") && answer.containsKey("status")) { // expire_password answers with the user
            return new Moved(OktaResponses.user(response), response, Map.of(), inState);
        }
        OktaResponse reread = client.send(OktaRequests.getUser(user.getId()));
        return new Moved(OktaResponses.user(reread), reread, answer, inState);
    }

    /** After a failure that an earlier, unanswered attempt may explain: a success if the user is now where it leads. */
    private static Moved movedByAnEarlierAttempt(OktaClient client, LifecycleTransition transition, OktaUser user,
                                                 boolean inState, OktaApiException failure) {
        OktaUser now;
        OktaResponse reread;
        try {
            reread = client.send(OktaRequests.getUser(user.getId()));
            now = OktaResponses.user(reread);
        } catch (OktaApiException readFailed) {
            failure.addSuppressed(readFailed);
            throw failure;
        }
        if (!transition.leadsTo(now.getStatus())) {
            throw failure;
        }
        return new Moved(now, reread, Map.of(), inState);
    }

    /** e.g. "lifecycle/suspend failed for user 00u... whose status is STAGED: HTTP 400 E0000001 ..." */
    static OktaApiException failed(LifecycleTransition transition, OktaUser user, OktaApiException okta) {
        return new OktaApiException(transition.describe() + " failed for user " + LogValues.safe(user.getId())
                                    + " whose status is " + LogValues.safe(user.getStatus()) + ": "
                                    + LogValues.safe(okta.getMessage(), 1024),
                okta.getHttpStatus(), okta.getErrorCode(), okta.getErrorSummary(), okta.getErrorCauses(),
                okta.getRequestId(), okta.getRateLimit(), okta.getCause());
    }

    /** Okta's JSON object, or nothing when the body is empty or not an object (a 200 with {} is the usual answer). */
    private static Map<String, Object> answer(OktaResponse response) {
        if (response.body() == null || response.body().isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> answer = OktaJson.readObject(response.body());
            return answer == null ? Map.of() : answer;
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }
}
