package dev.camelokta.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns the flags of {@link OktaSandboxMain} into a configured {@link OktaSandboxBuilder}. */
final class CommandLineOptions {

    static final String USAGE = """
            Usage: OktaSandboxMain [options]
              --port N                    port on 127.0.0.1 (default: a free one)
              --token TOKEN               API token to accept (default: a random one, printed at start)
              --rate-limit BUCKET=N/T     N requests per window T for BUCKET, e.g. CREATE_USER=200/10s;
                                          BUCKET is CREATE_USER, GET_USER, UPDATE_USER, LIST_USERS, GROUPS,
                                          GROUP, OTHER, TOKEN or ALL
                                          (default: 600/60s each); repeatable
              --concurrency-limit N       requests in flight at once (default: 75)
              --no-rate-limits            no 429s and no X-Rate-Limit-* headers
              --user-type NAME[=DISPLAY]  an extra user type, e.g. contractor=Contractor; repeatable
              --custom-attribute [TYPE:]NAME=KIND
                                          a custom profile attribute of the default user type, or of TYPE,
                                          e.g. costCentreCode=string or contractor:agency=string; KIND is
                                          string, boolean, integer, number or array; repeatable
              --group NAME                a group that exists from the start, e.g. Engineering; repeatable
              --seed-users N              start with N active users, seed.user1@example.com and on
              --latency T                 delay before every answer, e.g. 20ms
              --failure-rate X            share (0..1) of requests answered 503
              --drop-rate X               share (0..1) of requests whose connection is dropped
              --seed N                    seed for the failure and drop draws
              --service-app ID[:SCOPE,SCOPE][:dpop][:ec]
                                          an OAuth 2.0 service app with the Okta API scopes granted to it,
                                          e.g. 0oa-sync:okta.users.read,okta.users.manage:dpop; the sandbox
                                          generates its key pair (RSA 2048, or EC P-256 with :ec) and writes
                                          the private key (PKCS#8 PEM) to KEY_DIR/ID.pem; repeatable
              --service-app-key-dir DIR   where the private keys go (default: okta-sandbox-keys in the
                                          working directory)
              --access-token-lifetime T   how long access tokens live, e.g. 300s (default: 3600s)
              --help                      this text
            """;

    private final OktaSandboxBuilder builder = OktaSandbox.builder();
    private boolean helpRequested;
    private final List<String> serviceApps = new ArrayList<>();
    private Path serviceAppKeyDir = Path.of("okta-sandbox-keys");

    private CommandLineOptions() {
    }

    /** @throws IllegalArgumentException for an unknown flag or a bad value, with a message to show */
    static CommandLineOptions parse(String... args) {
        CommandLineOptions options = new CommandLineOptions();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> options.helpRequested = true;
                case "--no-rate-limits" -> options.builder.rateLimitsEnabled(false);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(flag.startsWith("--")
                                ? flag + " needs a value" : "Unknown argument: " + flag);
                    }
                    options.apply(flag, args[++i]);
                }
            }
        }
        return options;
    }

    boolean helpRequested() {
        return helpRequested;
    }

    OktaSandboxBuilder builder() {
        return builder;
    }

    /** The client ids of the service apps given with {@code --service-app}, in order. */
    List<String> serviceApps() {
        return List.copyOf(serviceApps);
    }

    Path serviceAppKeyDir() {
        return serviceAppKeyDir;
    }

    private void apply(String flag, String value) {
        switch (flag) {
            case "--port" -> builder.port(integer(flag, value));
            case "--token" -> builder.apiToken(value);
            case "--rate-limit" -> rateLimit(value);
            case "--concurrency-limit" -> builder.concurrencyLimit(integer(flag, value));
            case "--user-type" -> userType(value);
            case "--custom-attribute" -> customAttribute(value);
            case "--group" -> builder.group(value);
            case "--seed-users" -> builder.seedUsers(integer(flag, value));
            case "--latency" -> builder.latency(DurationText.parse(value));
            case "--failure-rate" -> builder.failureRate(decimal(flag, value));
            case "--drop-rate" -> builder.dropRate(decimal(flag, value));
            case "--seed" -> builder.seed(Long.parseLong(value));
            case "--service-app" -> serviceApp(value);
            case "--service-app-key-dir" -> serviceAppKeyDir = Path.of(value);
            case "--access-token-lifetime" -> builder.accessTokenLifetime(DurationText.parse(value));
            default -> throw new IllegalArgumentException("Unknown option: " + flag);
        }
    }

    /** {@code CREATE_USER=200/10s}, or {@code ALL=200/10s} for every bucket. */
    private void rateLimit(String value) {
        int equals = value.indexOf('=');
        int slash = value.indexOf('/', equals + 1);
        if (equals < 1 || slash < 0) {
            throw new IllegalArgumentException("--rate-limit takes BUCKET=N/T, such as CREATE_USER=200/10s: " + value);
        }
        String bucket = value.substring(0, equals).trim().toUpperCase(Locale.ROOT);
        int limit = integer("--rate-limit", value.substring(equals + 1, slash).trim());
        Duration window = DurationText.parse(value.substring(slash + 1));
        if (bucket.equals("ALL")) {
            builder.rateLimits(limit, window);
        } else {
            builder.rateLimit(bucket(bucket), limit, window);
        }
    }

    private void userType(String value) {
        int equals = value.indexOf('=');
        String name = equals < 0 ? value : value.substring(0, equals);
        String displayName = equals < 0 ? value : value.substring(equals + 1);
        builder.userType(displayName, name);
    }

    /** {@code NAME=KIND}, or {@code TYPE:NAME=KIND} for a user type other than the default one. */
    private void customAttribute(String value) {
        int equals = value.indexOf('=');
        if (equals < 1 || equals == value.length() - 1) {
            throw new IllegalArgumentException("--custom-attribute takes [TYPE:]NAME=KIND, such as costCentreCode=string "
                    + "or contractor:agency=string: " + value);
        }
        String kind = value.substring(equals + 1).trim();
        String target = value.substring(0, equals).trim();
        int colon = target.indexOf(':');
        if (colon < 0) {
            builder.customAttribute(target, kind);
        } else {
            builder.customAttribute(target.substring(0, colon), target.substring(colon + 1), kind);
        }
    }

    /** {@code ID[:SCOPE,SCOPE][:dpop][:ec]}, such as {@code 0oa-sync:okta.users.read,okta.users.manage:dpop}. */
    private void serviceApp(String value) {
        List<String> parts = Arrays.asList(value.split(":", -1));
        String clientId = parts.get(0).strip();
        if (clientId.isEmpty()) {
            throw new IllegalArgumentException("--service-app takes ID[:SCOPE,SCOPE][:dpop][:ec], such as "
                    + "0oa-sync:okta.users.read,okta.users.manage:dpop: " + value);
        }
        ServiceAppDefinition.Builder app = ServiceAppDefinition.builder(clientId);
        if (parts.size() > 1) {
            Arrays.stream(parts.get(1).split(",")).map(String::strip).filter(scope -> !scope.isEmpty())
                    .forEach(app::scopes);
        }
        for (String option : parts.subList(Math.min(2, parts.size()), parts.size())) {
            switch (option.strip().toLowerCase(Locale.ROOT)) {
                case "dpop" -> app.requireDpop(true);
                case "ec" -> app.generatedKey(KeyType.EC);
                case "rsa" -> app.generatedKey(KeyType.RSA);
                default -> throw new IllegalArgumentException("--service-app: '" + option
                        + "' is not dpop, ec or rsa: " + value);
            }
        }
        builder.serviceApp(app.build());
        serviceApps.add(clientId);
    }

    private static Bucket bucket(String name) {
        try {
            return Bucket.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown bucket: " + name);
        }
    }

    private static int integer(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes a whole number, not '" + value + "'");
        }
    }

    private static double decimal(String flag, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes a number between 0 and 1, not '" + value + "'");
        }
    }
}
