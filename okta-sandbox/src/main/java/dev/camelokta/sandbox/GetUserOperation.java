package dev.camelokta.sandbox;

/** {@code GET /api/v1/users/{idOrLogin}}: a user by id, or by login ignoring case. */
final class GetUserOperation implements ApiOperation {

    private final UserStore store;
    private final UserJson json;

    GetUserOperation(UserStore store, UserJson json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String idOrLogin = request.segment(3);
        SandboxUser user = store.find(idOrLogin)
                .orElseThrow(() -> new OktaApiException(OktaError.userNotFound(idOrLogin)));
        return ApiResponse.ok(json.render(user)).withHeader("ETag", user.etag());
    }
}
