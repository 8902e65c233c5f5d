package dev.camelokta.component.okta.schemas;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaUserSchema;
import dev.camelokta.component.okta.operation.ProfileSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's view of its org's user schemas: each type's schema read once, then kept for {@code schemaCacheTtl}.
 * A schema that cannot be read (a token without the right to read schemas answers 403; a rate limit or an outage
 * outlasts the retries) is not fatal: Okta still refuses an undefined attribute itself, so the check is skipped, with
 * one WARN per type naming the fix, until the TTL has passed and the schema is read again.
 */
public final class CachedProfileSchemas implements ProfileSchemas {

    private static final Logger LOG = LoggerFactory.getLogger(CachedProfileSchemas.class);
    private static final String DEFAULT_TYPE = "";
    /** Orgs have a handful of user types; more than this many are read again as needed. */
    private static final int MAX_TYPES = 100;

    /** A type's schema, or why it could not be read. */
    private record Lookup(OktaUserSchema schema, String unreadable) {
    }

    private final TtlCache<String, Lookup> byType;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public CachedProfileSchemas(long ttlMillis) {
        this(ttlMillis, System::nanoTime);
    }

    public CachedProfileSchemas(long ttlMillis, LongSupplier nanoClock) {
        this.byType = new TtlCache<>(ttlMillis, MAX_TYPES, nanoClock);
    }

    @Override
    public Optional<OktaUserSchema> of(OktaClient client, String typeId) {
        String key = typeId == null ? DEFAULT_TYPE : typeId;
        Lookup lookup = byType.get(key, type -> read(client, typeId));
        if (lookup.schema() != null) {
            return Optional.of(lookup.schema());
        }
        if (warned.add(key)) {
            LOG.warn("Cannot read the user schema of {} ({}): profile attributes are not checked before Okta checks "
                     + "them, so an unknown one fails without a suggestion. Give the API token's admin the right to "
                     + "read schemas (e.g. Read-only Administrator); it is read again after schemaCacheTtl",
                    typeId == null ? "the default user type" : "user type " + LogValues.safe(typeId),
                    LogValues.safe(lookup.unreadable()));
        }
        return Optional.empty();
    }

    private static Lookup read(OktaClient client, String typeId) {
        String schemaId = null;
        if (typeId != null) {
            try {
                schemaId = UserSchemaReader.schemaIdOf(client, typeId);
            } catch (OktaApiException e) {
                if (e.getHttpStatus() == 404) {
                    throw new OktaInputException("Unknown type_id '" + LogValues.safe(typeId) + "': the org has no "
                                                 + "user type of that id; okta:listTypeIdOptions lists them", e);
                }
                return new Lookup(null, e.getMessage());
            }
        }
        try {
            return new Lookup(UserSchemaReader.readSchema(client, schemaId).schema(), null);
        } catch (OktaApiException e) {
            return new Lookup(null, e.getMessage());
        }
    }
}
