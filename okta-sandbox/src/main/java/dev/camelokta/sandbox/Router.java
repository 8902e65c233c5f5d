package dev.camelokta.sandbox;

import java.util.List;

/**
 * Maps a method and path to a {@link Route}. Unknown paths get 404 {@code E0000008} ("The requested path
 * was not found"), known paths with another method 405 {@code E0000022}; both count in {@link Bucket#OTHER}.
 */
final class Router {

    private static final List<String> USERS = List.of("api", "v1", "users");
    private static final List<String> USER_TYPES = List.of("api", "v1", "meta", "types", "user");

    private final ApiOperation listUsers;
    private final ApiOperation createUser;
    private final ApiOperation getUser;
    private final ApiOperation updateUser;
    private final ApiOperation replaceUser;
    private final ApiOperation listUserTypes;
    private final ApiOperation getUserType;

    Router(ApiOperation listUsers, ApiOperation createUser, ApiOperation getUser, ApiOperation updateUser,
           ApiOperation replaceUser, ApiOperation listUserTypes, ApiOperation getUserType) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.getUser = getUser;
        this.updateUser = updateUser;
        this.replaceUser = replaceUser;
        this.listUserTypes = listUserTypes;
        this.getUserType = getUserType;
    }

    Route route(String method, String rawPath) {
        List<String> segments;
        try {
            segments = PathSegments.decode(rawPath);
        } catch (IllegalArgumentException e) {
            return refusal(OktaError.invalidArgument("malformed path"), List.of());
        }
        if (segments.equals(USERS)) {
            return switch (method) {
                case "GET" -> new Route(Bucket.LIST_USERS, listUsers, segments);
                case "POST" -> new Route(Bucket.CREATE_USER, createUser, segments);
                default -> methodNotAllowed(segments, "GET, POST");
            };
        }
        if (segments.size() == 4 && segments.subList(0, 3).equals(USERS) && !segments.get(3).isEmpty()) {
            return switch (method) {
                case "GET" -> new Route(Bucket.GET_USER, getUser, segments);
                case "POST" -> new Route(Bucket.UPDATE_USER, updateUser, segments);
                case "PUT" -> new Route(Bucket.UPDATE_USER, replaceUser, segments);
                default -> methodNotAllowed(segments, "GET, POST, PUT");
            };
        }
        if (segments.equals(USER_TYPES)) {
            return method.equals("GET") ? new Route(Bucket.OTHER, listUserTypes, segments)
                    : methodNotAllowed(segments, "GET");
        }
        if (segments.size() == 6 && segments.subList(0, 5).equals(USER_TYPES)) {
            return method.equals("GET") ? new Route(Bucket.OTHER, getUserType, segments)
                    : methodNotAllowed(segments, "GET");
        }
        return refusal(OktaError.pathNotFound(), segments);
    }

    private static Route methodNotAllowed(List<String> segments, String allowed) {
        return new Route(Bucket.OTHER, request -> ErrorJson.response(OktaError.methodNotAllowed())
                .withHeader("Allow", allowed), segments);
    }

    private static Route refusal(OktaError error, List<String> segments) {
        return new Route(Bucket.OTHER, request -> {
            throw new OktaApiException(error);
        }, segments);
    }
}
