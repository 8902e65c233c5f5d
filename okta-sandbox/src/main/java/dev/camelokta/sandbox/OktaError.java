package dev.camelokta.sandbox;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An error answer as Okta gives it: an HTTP status, an Okta error code and summary, and the
 * causes that Okta lists in {@code errorCauses}. The factories name each error the sandbox can give,
 * with the code Okta uses for it.
 */
record OktaError(int status, String errorCode, String errorSummary, List<String> causes) {

    OktaError {
        causes = List.copyOf(causes);
    }

    static OktaError validationFailed(List<ValidationCause> causes) {
        String fields = causes.stream().map(ValidationCause::field).distinct().collect(Collectors.joining(", "));
        List<String> summaries = causes.stream().map(ValidationCause::summary).toList();
        return new OktaError(400, "E0000001", "Api validation failed: " + fields, summaries);
    }

    static OktaError validationFailed(ValidationCause cause) {
        return validationFailed(List.of(cause));
    }

    /** A parameter that cannot be read, such as {@code activate=maybe} or {@code limit=ten}. */
    static OktaError invalidArgument(String detail) {
        return new OktaError(400, "E0000002", "The request was not valid: " + detail, List.of());
    }

    /** A body that is not JSON, or JSON of the wrong shape (a string where an object belongs). */
    static OktaError malformedBody() {
        return new OktaError(400, "E0000003", "The request body was not well-formed.", List.of());
    }

    static OktaError invalidToken() {
        return new OktaError(401, "E0000011", "Invalid token provided", List.of());
    }

    /** An OAuth access token without the scope the endpoint needs: Okta's 403 for it. */
    static OktaError insufficientPermissions() {
        return new OktaError(403, "E0000006", "You do not have permission to perform the requested action",
                List.of());
    }

    static OktaError userNotFound(String idOrLogin) {
        return resourceNotFound(idOrLogin, "User");
    }

    static OktaError resourceNotFound(String key, String kind) {
        return new OktaError(404, "E0000007", "Not found: Resource not found: " + key + " (" + kind + ")", List.of());
    }

    static OktaError pathNotFound() {
        return new OktaError(404, "E0000008", "The requested path was not found", List.of());
    }

    static OktaError methodNotAllowed() {
        return new OktaError(405, "E0000022", "The endpoint does not support the provided HTTP method", List.of());
    }

    /**
     * Okta's documentation names no error code for a failed {@code If-Match}; the sandbox answers
     * 412 with Okta's general validation code, so that clients can tell it apart by status.
     */
    static OktaError preconditionFailed() {
        return new OktaError(412, "E0000001", "Api validation failed: If-Match",
                List.of("If-Match: The user has changed since this ETag was issued"));
    }

    /**
     * Okta's validation error with causes that name no field, such as a lifecycle operation the user's status
     * does not allow: {@code Api validation failed: suspendUser} ("Cannot suspend a user that is not active").
     */
    static OktaError apiValidationFailed(String subject, String... causes) {
        return new OktaError(400, "E0000001", "Api validation failed: " + subject, List.of(causes));
    }

    /** Activating a user who is not STAGED or DEPROVISIONED. */
    static OktaError alreadyActive() {
        return new OktaError(403, "E0000016", "Activation failed because the user is already active", List.of());
    }

    /** A lifecycle operation the user's status does not allow, where Okta names no more specific error. */
    static OktaError notAllowedInCurrentStatus() {
        return new OktaError(403, "E0000038", "This operation is not allowed in the user's current status.",
                List.of());
    }

    static OktaError unlockNotAllowed() {
        return new OktaError(403, "E0000032", "Unlock is not allowed for this user.",
                List.of("The user is not locked out."));
    }

    /** An {@code after} cursor the sandbox did not hand out. */
    static OktaError invalidPaging() {
        return new OktaError(400, "E0000029", "Invalid paging request.", List.of("after: not a cursor of this list"));
    }

    /** A parameter the spec requires, such as {@code sendEmail} of {@code reset_password}. */
    static OktaError missingParameter(String name) {
        return new OktaError(400, "E0000028", "The request is missing a required parameter.",
                List.of(name + ": the parameter is required"));
    }

    /** A query parameter the operation does not declare in Okta's spec: most likely a typo of the client. */
    static OktaError undeclaredParameter(String name) {
        return invalidArgument("the query parameter " + name + " is not one this endpoint takes");
    }

    static OktaError groupNotFound(String id) {
        return resourceNotFound(id, "UserGroup");
    }

    static OktaError invalidSearchCriteria() {
        return new OktaError(400, "E0000031", "Invalid search criteria.", List.of());
    }

    static OktaError tooManyRequests() {
        return new OktaError(429, "E0000047", "API call exceeded rate limit due to too many requests.", List.of());
    }

    /** The injected outage: Okta's generic server error code, sent as 503 so that clients may retry. */
    static OktaError serviceUnavailable() {
        return new OktaError(503, "E0000009", "Internal Server Error", List.of());
    }

    static OktaError internalServerError() {
        return new OktaError(500, "E0000009", "Internal Server Error", List.of());
    }
}
