package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserQueryTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00.000Z");

    private final SandboxUser isaac = user("00uIsaac", UserStatus.ACTIVE, Map.of("login", "isaac@example.com",
            "firstName", "Isaac", "department", "Engineering", "groups", List.of("admins", "devs")));
    private final SandboxUser ann = user("00uAnn", UserStatus.STAGED, Map.of("login", "ann@example.com",
            "firstName", "Ann", "nickName", "say \"hi\" \\ bye"));

    @Test
    void andBindsTighterThanOr() {
        var query = UserQuery.search("profile.firstName eq \"Ann\" or profile.firstName eq \"Isaac\" "
                + "and status eq \"STAGED\"");

        assertThat(query.test(ann)).isTrue();
        assertThat(query.test(isaac)).isFalse();
    }

    @Test
    void parenthesesGroup() {
        var query = UserQuery.search("(profile.firstName eq \"Ann\" or profile.firstName eq \"Isaac\") "
                + "and status eq \"ACTIVE\"");

        assertThat(query.test(isaac)).isTrue();
        assertThat(query.test(ann)).isFalse();
    }

    @Test
    void keywordsAndOperatorsIgnoreCase() {
        assertThat(UserQuery.search("profile.firstName EQ \"ann\" OR id Eq \"x\"").test(ann)).isTrue();
    }

    @Test
    void quotedValuesUnescapeQuotesAndBackslashes() {
        assertThat(UserQuery.search("profile.nickName eq \"say \\\"hi\\\" \\\\ bye\"").test(ann)).isTrue();
    }

    @Test
    void anArrayAttributeMatchesWhenAnyElementDoes() {
        assertThat(UserQuery.search("profile.groups eq \"devs\"").test(isaac)).isTrue();
    }

    @Test
    void topLevelAttributesCanBeSearched() {
        assertThat(UserQuery.search("id eq \"00uAnn\"").test(ann)).isTrue();
        assertThat(UserQuery.search("type.id eq \"otyDefault\"").test(ann)).isTrue();
        assertThat(UserQuery.search("created lt \"2025-01-01T00:00:00.000Z\"").test(ann)).isTrue();
        assertThat(UserQuery.search("activated pr").test(ann)).isFalse();
    }

    @Test
    void containsAndStartsWith() {
        assertThat(UserQuery.search("profile.login co \"SAAC\"").test(isaac)).isTrue();
        assertThat(UserQuery.search("profile.login sw \"ann\"").test(ann)).isTrue();
    }

    @Test
    void filterComparesExactlyAndOnlyWhatOktaAllows() {
        assertThat(UserQuery.filter("profile.login eq \"ann@example.com\"").test(ann)).isTrue();
        assertThat(UserQuery.filter("profile.login eq \"ANN@example.com\"").test(ann)).isFalse();
        assertThat(UserQuery.filter("status eq \"STAGED\" or id eq \"00uIsaac\"").test(isaac)).isTrue();
        assertInvalidFilter("profile.department eq \"Engineering\"");
        assertInvalidFilter("profile.login co \"ann\"");
        assertInvalidFilter("status gt \"A\"");
    }

    @Test
    void refusesBrokenExpressionsWithE0000031() {
        for (String expression : List.of("", "profile.login", "profile.login eq", "profile.login eq \"a",
                "profile.login eq \"a\" and", "profile.login ne \"a\"", "unknown eq \"a\"", "profile. eq \"a\"",
                "(profile.login eq \"a\"", "profile.login eq \"a\")", "profile.login eq bare")) {
            assertThatThrownBy(() -> UserQuery.search(expression)).as(expression)
                    .isInstanceOfSatisfying(OktaApiException.class,
                            refused -> assertThat(refused.error().errorCode()).isEqualTo("E0000031"));
        }
    }

    private static void assertInvalidFilter(String expression) {
        assertThatThrownBy(() -> UserQuery.filter(expression)).as(expression).isInstanceOf(OktaApiException.class);
    }

    private static SandboxUser user(String id, UserStatus status, Map<String, Object> profile) {
        Instant activated = status == UserStatus.ACTIVE ? CREATED : null;
        return new SandboxUser(id, status, "otyDefault", profile, CREATED, activated, activated, CREATED, null,
                "W/\"1\"");
    }
}
