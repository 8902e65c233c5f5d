package dev.camelokta.sandbox;

/** {@code POST /api/v1/users?activate=true|false}: creates a user; Okta answers 200, not 201. */
final class CreateUserOperation implements ApiOperation {

    private final UserCommands commands;
    private final UserJson json;

    CreateUserOperation(UserCommands commands, UserJson json) {
        this.commands = commands;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        boolean activate = BooleanParameter.read(request, "activate", true);
        SandboxUser user = commands.create(UserInput.read(request.body()), activate);
        return ApiResponse.ok(json.render(user)).withHeader("ETag", user.etag());
    }
}
