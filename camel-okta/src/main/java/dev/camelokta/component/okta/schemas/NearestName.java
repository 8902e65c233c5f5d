package dev.camelokta.component.okta.schemas;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a mistyped one, by edit distance ignoring case: {@code costCentre} gives
 * {@code costCenter}. Only a name near enough to be the one meant is offered.
 */
final class NearestName {

    private NearestName() {
    }

    static Optional<String> of(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < nearestDistance) {
                nearest = name;
                nearestDistance = distance;
            }
        }
        // a third of the name, at least 2: "deparment" finds department, "color" finds no costCenter
        int nearEnough = Math.max(2, typed.length() / 3);
        return nearestDistance <= nearEnough ? Optional.of(nearest) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions, two rows of the classic table. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
