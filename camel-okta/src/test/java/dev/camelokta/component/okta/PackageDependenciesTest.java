package dev.camelokta.component.okta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's packages form no cycle: the root package (Camel's furniture) is the top, {@code api} and
 * {@code logging} the bottom, and each resource package ({@code users}, ...) sits on the shared ones. Read from the
 * imports of the main sources.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "camelokta", "component", "okta");
    private static final String ROOT = "dev.camelokta.component.okta";
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.camelokta\\.component\\.okta\\.(?:([a-z]+)\\.)?[A-Z]",
            Pattern.MULTILINE);

    @Test
    void noPackageBelowTheRootImportsTheRoot() {
        Map<String, Set<String>> dependencies = dependencies();

        dependencies.forEach((pkg, uses) -> {
            if (!pkg.isEmpty()) {
                assertThat(uses).as("packages %s imports", pkg).doesNotContain("");
            }
        });
    }

    @Test
    void thePackagesFormNoCycle() {
        Map<String, Set<String>> dependencies = dependencies();

        for (String pkg : dependencies.keySet()) {
            assertThat(pathBackTo(pkg, pkg, dependencies, new LinkedHashSet<>()))
                    .as("a cycle through package '%s' (\"\" is the root)", pkg).isEmpty();
        }
    }

    @Test
    void theLeafPackagesImportNoOtherPackageOfTheComponent() {
        Map<String, Set<String>> dependencies = dependencies();

        assertThat(dependencies.get("api")).as("api imports").isSubsetOf(Set.of("logging"));
        assertThat(dependencies.get("logging")).as("logging imports").isEmpty();
    }

    /** The packages from which {@code target} is reached again, or empty when it is not. */
    private static List<String> pathBackTo(String target, String from, Map<String, Set<String>> dependencies,
                                           Set<String> seen) {
        for (String next : dependencies.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return List.of(from, next);
            }
            if (seen.add(next)) {
                List<String> rest = pathBackTo(target, next, dependencies, seen);
                if (!rest.isEmpty()) {
                    List<String> path = new ArrayList<>(List.of(from));
                    path.addAll(rest);
                    return path;
                }
            }
        }
        return List.of();
    }

    /** Package (relative to the root, "" for the root itself) to the packages it imports. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> uses = dependencies.computeIfAbsent(pkg, key -> new LinkedHashSet<>());
                Matcher matcher = IMPORT.matcher(read(file));
                while (matcher.find()) {
                    String used = matcher.group(1) == null ? "" : matcher.group(1);
                    if (!used.equals(pkg)) {
                        uses.add(used);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(dependencies).as("packages under %s", ROOT).containsKeys("", "api", "http", "input", "operation");
        return dependencies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
