package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Renders an error as Okta's {@code Error} object, with a fresh {@code errorId} each time. */
final class ErrorJson {

    private ErrorJson() {
    }

    static ObjectNode render(OktaError error) {
        ObjectNode node = Json.object();
        node.put("errorCode", error.errorCode());
        node.put("errorSummary", error.errorSummary());
        node.put("errorLink", error.errorCode());
        node.put("errorId", OktaIds.errorId());
        ArrayNode causes = node.putArray("errorCauses");
        error.causes().forEach(cause -> causes.addObject().put("errorSummary", cause));
        return node;
    }

    static ApiResponse response(OktaError error) {
        return new ApiResponse(error.status(), render(error), Map.of());
    }
}
