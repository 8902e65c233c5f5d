package dev.camelokta.component.okta.groups;

import java.time.Instant;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaError;
import dev.camelokta.component.okta.model.OktaGroup;
import dev.camelokta.component.okta.model.OktaGroupResult;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.LostAttemptClock;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;

/**
 * createGroup: one {@code POST /api/v1/groups}. A name another group has is Okta's 400 E0000001, a failure that says
 * so. When an attempt went unanswered and the retry meets that duplicate, the first attempt may have created the
 * group: the group of that name is read and returned only when it is plausibly that attempt's
 * ({@link LostAttemptGroup}), so a flaky network never turns one group into a false failure, and never hands back
 * someone else's group.
 */
final class CreateGroupHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        String name = input.text(GroupParameters.NAME);
        String description = input.text(GroupParameters.DESCRIPTION);
        long callStartNanos = System.nanoTime();
        OktaResponse response = client.send(GroupRequests.createGroup(name, description));
        if (isDuplicateName(response)) {
            if (response.afterAmbiguousFailure()) {
                return adoptThisCallsGroup(client, name, description, response, callStartNanos, System.nanoTime());
            }
            throw duplicate(response, "a group named '" + LogValues.safe(name)
                                      + "' exists already (Okta's group names ignore case); getGroup reads it");
        }
        OktaGroup group = OktaResponses.group(response);
        return OperationOutcome.group(OktaGroupResult.success(group), response, false, group.getId());
    }

    private static OperationOutcome adoptThisCallsGroup(OktaClient client, String name, String description,
                                                        OktaResponse duplicate, long callStartNanos,
                                                        long duplicateArrivalNanos) {
        GroupLocator.Found existing;
        try {
            existing = GroupLocator.findByName(client, name);
        } catch (OktaApiException notFound) {
            throw duplicate(duplicate, "a retry after a lost answer met this name, but the group could not be read to "
                                       + "tell whether this call created it (" + notFound.getMessage() + "): not adopted");
        }
        long existingArrivalNanos = System.nanoTime();
        Instant callStart = LostAttemptClock.callStartOnOktasClock(duplicate, callStartNanos, duplicateArrivalNanos);
        if (callStart == null) {
            callStart = LostAttemptClock.callStartOnOktasClock(existing.response(), callStartNanos, existingArrivalNanos);
        }
        OktaGroup group = existing.group();
        String notThisCalls = LostAttemptGroup.whyNotThisCallsGroup(name, description, group, callStart);
        if (notThisCalls != null) {
            throw duplicate(duplicate, notThisCalls);
        }
        return OperationOutcome.group(OktaGroupResult.success(group), existing.response(), true, group.getId());
    }

    /** Okta's duplicate-name failure, E0000001 and all, with what it means here. */
    private static OktaApiException duplicate(OktaResponse duplicate, String reason) {
        OktaApiException failure = OktaFailures.fromResponse(duplicate);
        return new OktaApiException(failure.getMessage() + " - " + reason, failure.getHttpStatus(), failure.getErrorCode(),
                failure.getErrorSummary(), failure.getErrorCauses(), failure.getRequestId(), failure.getRateLimit(), null);
    }

    private static boolean isDuplicateName(OktaResponse response) {
        if (response.status() != 400) {
            return false;
        }
        OktaError error = OktaJson.toError(response.body());
        return error != null && "E0000001".equals(error.errorCode())
               && error.errorCauses().stream().anyMatch(cause -> cause.startsWith("name:") && cause.contains("already exists"));
    }
}
