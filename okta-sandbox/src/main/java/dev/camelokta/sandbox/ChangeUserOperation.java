package dev.camelokta.sandbox;

/**
 * {@code POST /api/v1/users/{idOrLogin}} (partial update) and {@code PUT /api/v1/users/{idOrLogin}} (full
 * replacement of the profile): the same request and answer around a different change, both honouring
 * {@code If-Match}.
 */
final class ChangeUserOperation implements ApiOperation {

    /** One way of changing a stored user. */
    @FunctionalInterface
    interface Change {
        SandboxUser apply(String idOrLogin, UserInput input, IfMatch precondition);
    }

    private final Change change;
    private final UserJson json;

    private ChangeUserOperation(Change change, UserJson json) {
        this.change = change;
        this.json = json;
    }

    static ChangeUserOperation partialUpdate(UserCommands commands, UserJson json) {
        return new ChangeUserOperation(commands::update, json);
    }

    static ChangeUserOperation replace(UserCommands commands, UserJson json) {
        return new ChangeUserOperation(commands::replace, json);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        SandboxUser user = change.apply(request.segment(3), UserInput.read(request.body()),
                IfMatch.of(request.header("If-Match")));
        return ApiResponse.ok(json.render(user)).withHeader("ETag", user.etag());
    }
}
