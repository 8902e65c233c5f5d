package dev.camelokta.sandbox;

/** {@code POST /api/v1/users/{idOrLogin}}: partial update, honouring {@code If-Match}. */
final class UpdateUserOperation implements ApiOperation {

    private final UserCommands commands;
    private final UserJson json;

    UpdateUserOperation(UserCommands commands, UserJson json) {
        this.commands = commands;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        SandboxUser user = commands.update(request.segment(3), UserInput.read(request.body()),
                IfMatch.of(request.header("If-Match")));
        return ApiResponse.ok(json.render(user)).withHeader("ETag", user.etag());
    }
}
