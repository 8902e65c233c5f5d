package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Okta's paging: {@code limit}, opaque {@code after} cursors and {@code Link} headers on the sandbox's origin. */
class PagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern SELF = Pattern.compile("<([^>]+)>; rel=\"self\"");
    private static final int MAX_PAGES = 50;

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().group("Everyone"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void walksUsersOverThreePagesAndMoreFollowingTheNextLinks() {
        List<String> created = createUsers(7);

        List<ApiCall> pages = follow("/api/v1/users?limit=2");

        assertThat(pages).hasSize(4);
        assertThat(logins(pages)).containsExactlyElementsOf(created);
        for (ApiCall page : pages.subList(0, 3)) {
            String next = link(page, NEXT);
            assertThat(next).startsWith(okta.baseUrl() + "/api/v1/users?limit=2&after=");
            assertThat(link(page, SELF)).startsWith(okta.baseUrl() + "/api/v1/users?limit=2");
        }
        assertThat(link(pages.get(3), NEXT)).as("the last page has no next link").isNull();
    }

    @Test
    void theNextLinkCarriesTheSearch() {
        createUsers(5);

        List<ApiCall> pages = follow("/api/v1/users?limit=2&search=profile.login+sw+%22isaac%22");

        assertThat(pages).hasSize(3);
        assertThat(link(pages.get(0), NEXT)).contains("search=profile.login+sw+%22isaac%22");
        assertThat(logins(pages)).hasSize(5);
    }

    @Test
    void anEmptyListIsAnEmptyArrayWithoutANextLink() {
        ApiCall empty = client.get("/api/v1/users");
        ApiCall noMatch = client.get("/api/v1/groups?q=nothing");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo("[]");
        assertThat(link(empty, NEXT)).isNull();
        assertThat(link(empty, SELF)).isEqualTo(okta.baseUrl() + "/api/v1/users?limit=200");
        assertThat(noMatch.body()).isEqualTo("[]");
    }

    @Test
    void aFullLastPageHasNoNextLinkEither() {
        createUsers(4);

        List<ApiCall> pages = follow("/api/v1/users?limit=2");

        assertThat(pages).hasSize(2);
    }

    @Test
    void refusesACursorTheListDidNotHandOut() {
        createUsers(3);
        String usersCursor = link(client.get("/api/v1/users?limit=1"), NEXT).replaceAll(".*after=", "");
        String group = okta.sandbox().group("Everyone").id();

        for (String after : List.of("00uSomebody0000000000", "not-base64!", usersCursor.substring(1))) {
            ApiCall refused = client.get("/api/v1/users?after=" + after);

            assertThat(refused.status()).as(after).isEqualTo(400);
            assertThat(refused.errorCode()).as(after).isEqualTo("E0000029");
            assertThat(refused.json().path("errorSummary").asText()).isEqualTo("Invalid paging request.");
        }
        assertThat(client.get("/api/v1/groups/" + group + "/users?after=" + usersCursor).errorCode())
                .as("a cursor of another list").isEqualTo("E0000029");
    }

    @Test
    void aCursorSurvivesTheDeletionOfTheUserItPointsAt() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(client.createUser(Profiles.of("user" + i + "@example.com")).path("id").asText());
        }
        ApiCall first = client.get("/api/v1/users?limit=1");
        client.send("DELETE", "/api/v1/users/" + ids.get(0), null);
        client.send("DELETE", "/api/v1/users/" + ids.get(0), null);

        ApiCall second = client.get(link(first, NEXT).substring(okta.baseUrl().length()));

        assertThat(logins(List.of(second))).containsExactly("user2@example.com");
    }

    @Test
    void limitIsCappedAtOktasMaximumAndQHasNoNextPage() {
        createUsers(12);

        ApiCall capped = client.get("/api/v1/users?limit=5000");
        ApiCall q = client.get("/api/v1/users?q=is");

        assertThat(link(capped, SELF)).contains("limit=200");
        assertThat(capped.json().size()).isEqualTo(12);
        assertThat(q.json().size()).as("q: 10 by default").isEqualTo(10);
        assertThat(link(q, NEXT)).as("Okta: q does not support pagination").isNull();
    }

    @Test
    void pagesGroupsAndAGroupsMembers() {
        for (int i = 1; i <= 4; i++) {
            client.post("/api/v1/groups", "{\"profile\":{\"name\":\"Group " + i + "\"}}");
        }
        String everyone = okta.sandbox().group("Everyone").id();
        createUsers(5).forEach(login -> okta.sandbox().addToGroup(everyone, okta.sandbox().findByLogin(login)
                .orElseThrow().id()));

        List<ApiCall> groupPages = follow("/api/v1/groups?limit=2");
        List<ApiCall> memberPages = follow("/api/v1/groups/" + everyone + "/users?limit=2");

        assertThat(groupPages).hasSize(3);
        assertThat(groupPages.stream().mapToInt(page -> page.json().size()).sum()).isEqualTo(5);
        assertThat(memberPages).hasSize(3);
        assertThat(logins(memberPages)).hasSize(5);
        assertThat(link(memberPages.get(0), NEXT)).startsWith(okta.baseUrl() + "/api/v1/groups/" + everyone
                + "/users?limit=2&after=");
    }

    private static List<String> createUsers(int count) {
        List<String> logins = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String login = "isaac" + i + ".user@example.com";
            client.createUser(Profiles.of(login, "Isaac", "User"));
            logins.add(login);
        }
        return logins;
    }

    /** Every page from {@code path} on, following next links; bounded. */
    private static List<ApiCall> follow(String path) {
        List<ApiCall> pages = new ArrayList<>();
        String next = path;
        while (next != null && pages.size() < MAX_PAGES) {
            ApiCall page = client.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page);
            String link = link(page, NEXT);
            next = link == null ? null : link.substring(okta.baseUrl().length());
        }
        assertThat(pages.size()).as("pages are bounded").isLessThan(MAX_PAGES);
        return pages;
    }

    private static String link(ApiCall page, Pattern relation) {
        Matcher matcher = relation.matcher(String.join(",", page.headers().allValues("Link")));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<String> logins(List<ApiCall> pages) {
        List<String> logins = new ArrayList<>();
        pages.forEach(page -> page.json().forEach(user -> logins.add(user.path("profile").path("login").asText())));
        return logins;
    }
}
