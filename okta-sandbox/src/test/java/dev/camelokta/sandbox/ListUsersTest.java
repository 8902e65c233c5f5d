package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListUsersTest {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @RegisterExtension
    static final OktaSandboxExtension okta = new OktaSandboxExtension();
    static final SandboxClient client = SandboxClient.of(okta);

    @BeforeEach
    void createUsers() {
        client.createUser(Profiles.of("isaac.brock@example.com", "Isaac", "Brock"));
        client.createUser(Profiles.of("ann.lee@example.com", "Ann", "Lee"));
        client.createUser("{\"firstName\":\"Bob\",\"lastName\":\"Quote\",\"email\":\"bob@example.com\","
                + "\"login\":\"bob@example.com\",\"nickName\":\"the \\\"boss\\\"\",\"department\":\"Engineering\"}");
    }

    @Test
    void searchesByEmail() {
        ApiCall found = search("profile.email eq \"ann.lee@example.com\"");

        assertThat(found.status()).isEqualTo(200);
        assertThat(logins(found)).containsExactly("ann.lee@example.com");
        assertThat(found.json().get(0).path("_links").path("self").path("href").asText()).contains("/api/v1/users/00u");
        assertThat(okta.sandbox().counters().requests(Bucket.LIST_USERS)).isEqualTo(1);
    }

    @Test
    void searchComparesValuesIgnoringCaseAsOktaDocuments() {
        assertThat(logins(search("profile.email eq \"ANN.LEE@example.com\""))).containsExactly("ann.lee@example.com");
    }

    @Test
    void searchCombinesClausesWithAndAndOr() {
        assertThat(logins(search("profile.firstName eq \"Ann\" or profile.lastName eq \"Brock\"")))
                .containsExactly("isaac.brock@example.com", "ann.lee@example.com");
        assertThat(logins(search("profile.firstName eq \"Ann\" and profile.lastName eq \"Brock\""))).isEmpty();
        assertThat(logins(search("profile.firstName eq \"Bob\" and (profile.department eq \"Engineering\" "
                + "or status eq \"STAGED\")"))).containsExactly("bob@example.com");
    }

    @Test
    void searchUnescapesQuotesInsideValues() {
        assertThat(logins(search("profile.nickName eq \"the \\\"boss\\\"\""))).containsExactly("bob@example.com");
    }

    @Test
    void searchKnowsStartsWithAndPresent() {
        assertThat(logins(search("profile.email sw \"isaac\""))).containsExactly("isaac.brock@example.com");
        assertThat(logins(search("profile.department pr"))).containsExactly("bob@example.com");
    }

    @Test
    void searchRefusesWhatItCannotParse() {
        for (String expression : List.of("profile.email eq", "profile.email xx \"a\"", "profile.email eq \"open",
                "(profile.email eq \"a\"", "profile.email eq \"a\" nor id eq \"b\"", "")) {
            ApiCall refused = search(expression);

            assertThat(refused.status()).as(expression).isEqualTo(400);
            assertThat(refused.errorCode()).as(expression).isEqualTo("E0000031");
        }
    }

    @Test
    void filtersByLoginComparingExactly() {
        assertThat(logins(filter("profile.login eq \"ann.lee@example.com\""))).containsExactly("ann.lee@example.com");
        assertThat(logins(filter("profile.login eq \"ANN.LEE@example.com\""))).isEmpty();
    }

    @Test
    void filterAllowsOnlyWhatOktaDocuments() {
        assertThat(filter("profile.department eq \"Engineering\"").errorCode()).isEqualTo("E0000031");
        assertThat(filter("profile.login sw \"ann\"").errorCode()).isEqualTo("E0000031");
        assertThat(filter("lastUpdated gt \"2000-01-01T00:00:00.000Z\"").json().size()).isEqualTo(3);
    }

    @Test
    void listsEveryUserInCreationOrderWithoutCriteria() {
        assertThat(logins(client.get("/api/v1/users")))
                .containsExactly("isaac.brock@example.com", "ann.lee@example.com", "bob@example.com");
    }

    @Test
    void qMatchesTheStartOfNamesAndEmail() {
        assertThat(logins(client.get("/api/v1/users?q=an"))).containsExactly("ann.lee@example.com");
    }

    @Test
    void pagesThroughResultsWithLimitAndTheNextLink() {
        ApiCall first = client.get("/api/v1/users?limit=2");
        Matcher next = NEXT_LINK.matcher(String.join(",", first.headers().allValues("Link")));
        assertThat(next.find()).isTrue();
        ApiCall second = client.get(next.group(1).substring(okta.baseUrl().length()));

        assertThat(logins(first)).containsExactly("isaac.brock@example.com", "ann.lee@example.com");
        assertThat(first.headers().allValues("Link")).anySatisfy(link -> assertThat(link).endsWith("rel=\"self\""));
        assertThat(logins(second)).containsExactly("bob@example.com");
        assertThat(String.join(",", second.headers().allValues("Link"))).doesNotContain("rel=\"next\"");
    }

    @Test
    void refusesALimitThatIsNotAPositiveNumber() {
        assertThat(client.get("/api/v1/users?limit=ten").errorCode()).isEqualTo("E0000002");
        assertThat(client.get("/api/v1/users?limit=0").errorCode()).isEqualTo("E0000002");
    }

    private static ApiCall search(String expression) {
        return client.get("/api/v1/users?search=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
    }

    private static ApiCall filter(String expression) {
        return client.get("/api/v1/users?filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
    }

    private static List<String> logins(ApiCall list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> logins = new ArrayList<>();
        for (JsonNode user : list.json()) {
            logins.add(user.path("profile").path("login").asText());
        }
        return logins;
    }
}
