package dev.camelokta.sandbox;

/** {@code GET /api/v1/meta/types/user/{typeId}}: where the {@code self} and {@code type} links lead. */
final class GetUserTypeOperation implements ApiOperation {

    private final UserTypeRegistry types;
    private final UserTypeJson json;

    GetUserTypeOperation(UserTypeRegistry types, UserTypeJson json) {
        this.types = types;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String typeId = request.segment(5);
        UserType type = types.byId(typeId)
                .orElseThrow(() -> new OktaApiException(OktaError.resourceNotFound(typeId, "UserType")));
        return ApiResponse.ok(json.render(type));
    }
}
