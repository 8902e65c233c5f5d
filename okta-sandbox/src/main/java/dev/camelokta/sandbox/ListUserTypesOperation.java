package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** {@code GET /api/v1/meta/types/user}: the default type first, then the configured ones. */
final class ListUserTypesOperation implements ApiOperation {

    private final UserTypeRegistry types;
    private final UserTypeJson json;

    ListUserTypesOperation(UserTypeRegistry types, UserTypeJson json) {
        this.types = types;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        types.all().forEach(type -> list.add(json.render(type)));
        return ApiResponse.ok(list);
    }
}
