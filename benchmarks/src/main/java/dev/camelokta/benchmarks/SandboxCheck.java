package dev.camelokta.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxUser;

/**
 * What the sandbox holds after a run of {@code rows} CSV rows, against what the report says: no row lost (its login
 * has no user), none created twice (more users than logins), and the report's user ids exactly the sandbox's.
 */
record SandboxCheck(int users, int lost, int duplicates, boolean sameIds) {

    static SandboxCheck of(OktaSandbox okta, int rows, Set<String> reportedIds) {
        List<SandboxUser> users = okta.users();
        Set<String> logins = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (SandboxUser user : users) {
            logins.add(user.login());
            ids.add(user.id());
        }
        int found = 0;
        for (int row = 1; row <= rows; row++) {
            found += logins.contains(UsersCsv.login(row)) ? 1 : 0;
        }
        return new SandboxCheck(users.size(), rows - found, users.size() - found, ids.equals(reportedIds));
    }

    boolean exactlyOnce() {
        return lost == 0 && duplicates == 0 && sameIds;
    }

    /** E.g. {@code sandbox 5000 users, 0 lost, 0 duplicates, report ids = sandbox ids: ok}. */
    String describe() {
        return "sandbox " + users + " users, " + lost + " lost, " + duplicates + " duplicates, report ids "
               + (sameIds ? "=" : "!=") + " sandbox ids: " + (exactlyOnce() ? "ok" : "FAILED");
    }
}
