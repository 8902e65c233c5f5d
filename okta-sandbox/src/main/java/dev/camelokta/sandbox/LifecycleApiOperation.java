package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/users/{id}/lifecycle/{operation}}: one {@link LifecycleOperation} and its answer as Okta
 * gives it. Activation and password reset with {@code sendEmail=false} answer with a link and token for the
 * user, random each time (a credential); with {@code sendEmail=true} (the sandbox sends no email) with {@code {}}.
 */
final class LifecycleApiOperation implements ApiOperation {

    private static final int TOKEN_LENGTH = 20;
    private static final int TEMP_PASSWORD_LENGTH = 10;

    private final LifecycleOperation operation;
    private final UserCommands commands;
    private final UserJson json;
    private final String baseUrl;

    LifecycleApiOperation(LifecycleOperation operation, UserCommands commands, UserJson json, String baseUrl) {
        this.operation = operation;
        this.commands = commands;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        // Parameters first: a request the spec does not allow changes nothing.
        boolean sendEmail = sendEmail(request);
        BooleanParameter.read(request, "revokeSessions", false);
        SandboxUser user = commands.lifecycle(request.segment(3), operation);
        ObjectNode body = Json.object();
        switch (operation) {
            case ACTIVATE, REACTIVATE -> {
                if (!sendEmail) {
                    String token = OktaIds.oneTimeToken(TOKEN_LENGTH);
                    body.put("activationUrl", baseUrl + "/tokens/" + token + "/verify");
                    body.put("activationToken", token);
                }
            }
            case RESET_PASSWORD -> {
                if (!sendEmail) {
                    body.put("resetPasswordUrl", baseUrl + "/signin/reset-password/"
                            + OktaIds.oneTimeToken(TOKEN_LENGTH));
                }
            }
            case EXPIRE_PASSWORD -> {
                return ApiResponse.ok(json.render(user)).withHeader("ETag", user.etag());
            }
            case EXPIRE_PASSWORD_WITH_TEMP_PASSWORD -> body.put("tempPassword",
                    OktaIds.oneTimeToken(TEMP_PASSWORD_LENGTH));
            default -> {
                // Okta answers the others with an empty object.
            }
        }
        return ApiResponse.ok(body);
    }

    /** The spec's defaults: true for activate, false for reactivate and deactivate, required for reset_password. */
    private boolean sendEmail(ApiRequest request) {
        return switch (operation) {
            case ACTIVATE -> BooleanParameter.read(request, "sendEmail", true);
            case REACTIVATE, DEACTIVATE -> BooleanParameter.read(request, "sendEmail", false);
            case RESET_PASSWORD -> {
                if (request.query("sendEmail") == null) {
                    throw new OktaApiException(OktaError.missingParameter("sendEmail"));
                }
                yield BooleanParameter.read(request, "sendEmail", false);
            }
            default -> false;
        };
    }
}
