package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserTypesTest {

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder()
                    .userType("Contractor", "contractor", "People on a contract")
                    .userType("Partner", "partner"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void listsTheDefaultTypeFirstThenTheConfiguredOnesInOrder() {
        ApiCall types = client.get("/api/v1/meta/types/user");

        assertThat(types.status()).isEqualTo(200);
        JsonNode list = types.json();
        assertThat(list.size()).isEqualTo(3);
        JsonNode defaultType = list.get(0);
        assertThat(defaultType.path("default").asBoolean()).isTrue();
        assertThat(defaultType.path("name").asText()).isEqualTo("user");
        assertThat(defaultType.path("displayName").asText()).isEqualTo("User");
        JsonNode contractor = list.get(1);
        assertThat(contractor.path("default").asBoolean()).isFalse();
        assertThat(contractor.path("id").asText()).matches("oty[A-Za-z0-9]{17}");
        assertThat(contractor.path("name").asText()).isEqualTo("contractor");
        assertThat(contractor.path("displayName").asText()).isEqualTo("Contractor");
        assertThat(contractor.path("description").asText()).isEqualTo("People on a contract");
        assertThat(contractor.path("created").asText()).isNotEmpty();
        assertThat(contractor.path("lastUpdated").asText()).isNotEmpty();
        assertThat(contractor.path("_links").path("self").path("href").asText())
                .isEqualTo(okta.baseUrl() + "/api/v1/meta/types/user/" + contractor.path("id").asText());
        assertThat(list.get(2).path("name").asText()).isEqualTo("partner");
        assertThat(okta.sandbox().counters().requests(Bucket.OTHER)).isPositive();
    }

    @Test
    void answersInTheSameOrderEveryTime() {
        assertThat(client.get("/api/v1/meta/types/user").json()).isEqualTo(client.get("/api/v1/meta/types/user").json());
    }

    @Test
    void theSelfLinkOfATypeLeadsToIt() {
        UserType partner = okta.sandbox().userType("PARTNER");

        ApiCall type = client.get("/api/v1/meta/types/user/" + partner.id());
        ApiCall unknown = client.get("/api/v1/meta/types/user/otyNoSuchType0000000");

        assertThat(type.json().path("displayName").asText()).isEqualTo("Partner");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("E0000007");
    }

    @Test
    void theJavaViewMatchesTheApi() {
        assertThat(okta.sandbox().userTypes()).extracting(UserType::name)
                .containsExactly("user", "contractor", "partner");
        assertThat(okta.sandbox().defaultUserType().isDefault()).isTrue();
        assertThatThrownBy(() -> okta.sandbox().userType("employee")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user, contractor, partner");
    }

    @Test
    void typeNamesFollowOktasRules() {
        assertThatThrownBy(() -> OktaSandbox.builder().userType("Bad", "1st-type"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OktaSandbox.builder().userType("Again", "User").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a user type");
    }
}
