package dev.camelokta.sandbox;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JWT the sandbox received (a client assertion or a DPoP proof), its header and claims as JSON values, so that
 * tests can hold a client's requests to their shape: {@code claims().get("aud")}. Times are epoch seconds.
 */
public record ObservedJwt(Map<String, Object> header, Map<String, Object> claims) {

    public ObservedJwt {
        header = Map.copyOf(header);
        claims = Map.copyOf(claims);
    }

    static Optional<ObservedJwt> of(String compact) {
        if (compact == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(SignedJWT.parse(compact)));
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static ObservedJwt of(SignedJWT jwt) throws ParseException {
        return new ObservedJwt(withoutNulls(jwt.getHeader().toJSONObject()),
                withoutNulls(jwt.getJWTClaimsSet().toJSONObject()));
    }

    public Object header(String name) {
        return header.get(name);
    }

    public Object claim(String name) {
        return claims.get(name);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.values().removeIf(Objects::isNull);
        return copy;
    }
}
