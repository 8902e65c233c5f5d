package dev.camelokta.sandbox;

/** {@code PUT /api/v1/users/{idOrLogin}}: full replacement of the profile, honouring {@code If-Match}. */
final class ReplaceUserOperation implements ApiOperation {

    private final UserCommands commands;
    private final UserJson json;

    ReplaceUserOperation(UserCommands commands, UserJson json) {
        this.commands = commands;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        SandboxUser user = commands.replace(request.segment(3), UserInput.read(request.body()),
                IfMatch.of(request.header("If-Match")));
        return ApiResponse.ok(json.render(user)).withHeader("ETag", user.etag());
    }
}
