package dev.camelokta.sandbox;

import java.util.List;

/** Where a request goes: the rate-limit bucket it counts against, the operation that answers it, its path. */
record Route(Bucket bucket, ApiOperation operation, List<String> segments) {
}
