package dev.camelokta.sandbox;

/** {@code GET /api/v1/meta/schemas/user/{schemaId}}: a user type's profile schema; {@code default} for the default's. */
final class GetUserSchemaOperation implements ApiOperation {

    private final UserSchemaRegistry schemas;
    private final UserSchemaJson json;

    GetUserSchemaOperation(UserSchemaRegistry schemas, UserSchemaJson json) {
        this.schemas = schemas;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String schemaId = request.segment(5);
        ProfileSchema schema = schemas.byId(schemaId)
                .orElseThrow(() -> new OktaApiException(OktaError.resourceNotFound(schemaId, "UserSchema")));
        return ApiResponse.ok(json.render(schema));
    }
}
