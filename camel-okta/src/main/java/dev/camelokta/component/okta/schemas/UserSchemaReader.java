package dev.camelokta.component.okta.schemas;

import java.util.Map;
import java.util.function.Function;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUserSchema;

/**
 * Reads a user type's profile schema. The default type's schema is {@code default}; any other type's is the one its
 * {@code _links.schema} names, as Okta does not derive a schema id from a type id.
 */
final class UserSchemaReader {

    /** The default type's schema: GET /api/v1/meta/schemas/user/default */
    static final RequestTemplate GET_DEFAULT_SCHEMA = RequestTemplate.of("GET", "/api/v1/meta/schemas/user/default",
            OktaRateLimitBucket.OTHER);
    /** GET /api/v1/meta/schemas/user/{schemaId} */
    static final RequestTemplate GET_SCHEMA = RequestTemplate.of("GET", "/api/v1/meta/schemas/user/{schema_id}",
            OktaRateLimitBucket.OTHER);
    /** GET /api/v1/meta/types/user/{typeId} */
    static final RequestTemplate GET_USER_TYPE = RequestTemplate.of("GET", "/api/v1/meta/types/user/{type_id}",
            OktaRateLimitBucket.OTHER);

    /** A schema and the answer it came in. */
    record Read(OktaUserSchema schema, OktaResponse response) {
    }

    private UserSchemaReader() {
    }

    /**
     * @param  typeId          a user type id, or null for the default type
     * @throws OktaApiException when a call fails or its answer is not what was asked
     */
    static Read read(OktaClient client, String typeId) {
        return readSchema(client, typeId == null ? null : schemaIdOf(client, typeId));
    }

    /** @throws OktaApiException when the type cannot be read, 404 E0000007 when there is no such type */
    static String schemaIdOf(OktaClient client, String typeId) {
        OktaResponse type = client.send(GET_USER_TYPE.build(Map.of("type_id", typeId)::get, null));
        return readAnswer(type, OktaJson::schemaIdOfUserType);
    }

    /** @param schemaId the schema id, or null for the default type's */
    static Read readSchema(OktaClient client, String schemaId) {
        OktaResponse schema = client.send(schemaId == null
                ? GET_DEFAULT_SCHEMA.build(name -> null, null)
                : GET_SCHEMA.build(Map.of("schema_id", schemaId)::get, null));
        String id = schemaId == null ? "default" : schemaId;
        return new Read(readAnswer(schema, json -> OktaJson.toUserSchema(json, id)), schema);
    }

    private static <T> T readAnswer(OktaResponse response, Function<String, T> reader) {
        if (!response.isSuccess()) {
            throw OktaFailures.fromResponse(response);
        }
        try {
            return reader.apply(response.body());
        } catch (IllegalArgumentException e) {
            throw OktaFailures.fromResponse(response, e.getMessage());
        }
    }
}
