package dev.camelokta.sandbox;

/** Reads a boolean query parameter strictly: the spec types it {@code boolean}, so {@code maybe} is refused. */
final class BooleanParameter {

    private BooleanParameter() {
    }

    /** @throws OktaApiException {@code E0000002} for anything but {@code true} or {@code false} */
    static boolean read(ApiRequest request, String name, boolean absentValue) {
        String value = request.query(name);
        if (value == null) {
            return absentValue;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new OktaApiException(OktaError.invalidArgument(name + " must be true or false"));
    }
}
