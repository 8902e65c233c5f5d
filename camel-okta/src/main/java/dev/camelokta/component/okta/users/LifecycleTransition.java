package dev.camelokta.component.okta.users;

import java.util.Set;

import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.RequestTemplate;

/**
 * One of Okta's user lifecycle transitions, {@code POST /api/v1/users/{id}/lifecycle/...}: its request, the statuses
 * in which the user already is where the transition leads, and whether it is sent even then.
 *
 * @param request         the request, to the resolved id
 * @param targetStatuses  where the transition leads: a user found in one of these after a failure that an earlier,
 *                        unanswered attempt may have caused was moved by that attempt
 * @param sentWhenInState whether it is sent to a user already in a target status: reactivate and reset_password are,
 *                        as their point is a new activation or reset email, or link (Okta allows both again)
 */
record LifecycleTransition(RequestTemplate request, Set<String> targetStatuses, boolean sentWhenInState) {

    static final LifecycleTransition ACTIVATE = of("activate", true, "ACTIVE", "PROVISIONED");
    static final LifecycleTransition REACTIVATE = of("reactivate", true, "PROVISIONED").sentAgain();
    static final LifecycleTransition DEACTIVATE = of("deactivate", true, "DEPROVISIONED");
    static final LifecycleTransition SUSPEND = of("suspend", false, "SUSPENDED");
    static final LifecycleTransition UNSUSPEND = of("unsuspend", false, "ACTIVE");
    static final LifecycleTransition UNLOCK = of("unlock", false, "ACTIVE");
    static final LifecycleTransition EXPIRE_PASSWORD = of("expire_password", false, "PASSWORD_EXPIRED");
    static final LifecycleTransition RESET_PASSWORD = of("reset_password", true, "RECOVERY").sentAgain();

    /** @param sendEmail whether Okta's operation takes sendEmail, which the send_email parameter then gives */
    private static LifecycleTransition of(String operation, boolean sendEmail, String... targetStatuses) {
        RequestTemplate request = RequestTemplate.of("POST", "/api/v1/users/{user_id}/lifecycle/" + operation,
                OktaRateLimitBucket.OTHER);
        return new LifecycleTransition(sendEmail ? request.query("sendEmail", "{send_email}") : request,
                Set.of(targetStatuses), false);
    }

    private LifecycleTransition sentAgain() {
        return new LifecycleTransition(request, targetStatuses, true);
    }

    boolean leadsTo(String status) {
        return targetStatuses.contains(status);
    }

    /** e.g. {@code lifecycle/suspend}, for messages */
    String describe() {
        return request.path().get(request.path().size() - 2) + "/" + request.path().get(request.path().size() - 1);
    }
}
