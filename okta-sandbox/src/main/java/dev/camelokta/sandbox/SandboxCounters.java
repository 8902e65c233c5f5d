package dev.camelokta.sandbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counts of what the sandbox has seen and answered, for tests and benchmarks.
 * Cheap to update from many threads; {@link OktaSandbox#reset()} sets them back to zero.
 */
public final class SandboxCounters {

    private final LongAdder requests = new LongAdder();
    private final Map<Bucket, LongAdder> requestsByBucket = new EnumMap<>(Bucket.class);
    private final LongAdder tooManyRequests = new LongAdder();
    private final LongAdder serviceUnavailable = new LongAdder();
    private final LongAdder droppedConnections = new LongAdder();
    private final LongAdder usersCreated = new LongAdder();
    private final LongAdder tokensIssued = new LongAdder();

    SandboxCounters() {
        for (Bucket bucket : Bucket.values()) {
            requestsByBucket.put(bucket, new LongAdder());
        }
    }

    /** Every request received, whatever the answer, dropped ones included. */
    public long totalRequests() {
        return requests.sum();
    }

    /** The requests that fell into {@code bucket}, whatever the answer. */
    public long requests(Bucket bucket) {
        return requestsByBucket.get(bucket).sum();
    }

    /** The 429 answers sent, for spent buckets and for the concurrency limit. */
    public long tooManyRequests() {
        return tooManyRequests.sum();
    }

    /** The 503 answers sent by fault injection. */
    public long serviceUnavailable() {
        return serviceUnavailable.sum();
    }

    /** The connections closed without an answer by fault injection. */
    public long droppedConnections() {
        return droppedConnections.sum();
    }

    /** The users created through the API or {@link OktaSandbox#createUser}. */
    public long usersCreated() {
        return usersCreated.sum();
    }

    /** The requests to the token endpoint, {@code POST /oauth2/v1/token}, whatever the answer. */
    public long tokenRequests() {
        return requests(Bucket.TOKEN);
    }

    /** The access tokens the token endpoint issued. */
    public long tokensIssued() {
        return tokensIssued.sum();
    }

    @Override
    public String toString() {
        return "requests=" + totalRequests() + " byBucket=" + requestsByBucket + " 429=" + tooManyRequests()
                + " 503=" + serviceUnavailable() + " dropped=" + droppedConnections()
                + " usersCreated=" + usersCreated() + " tokensIssued=" + tokensIssued();
    }

    void requestReceived(Bucket bucket) {
        requests.increment();
        requestsByBucket.get(bucket).increment();
    }

    void tooManyRequestsSent() {
        tooManyRequests.increment();
    }

    void serviceUnavailableSent() {
        serviceUnavailable.increment();
    }

    void connectionDropped() {
        droppedConnections.increment();
    }

    void userCreated() {
        usersCreated.increment();
    }

    void tokenIssued() {
        tokensIssued.increment();
    }

    void reset() {
        requests.reset();
        requestsByBucket.values().forEach(LongAdder::reset);
        tooManyRequests.reset();
        serviceUnavailable.reset();
        droppedConnections.reset();
        usersCreated.reset();
        tokensIssued.reset();
    }
}
