package dev.camelokta.component.okta.schemas;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "did you mean costCenter?": the nearest known attribute, ignoring case, and only a near one. */
class NearestNameTest {

    @Test
    void theNearestNameIgnoresCaseAndOffersOnlyNearOnes() {
        List<String> known = List.of("costCenter", "department", "firstName", "employeeNumber");

        assertThat(NearestName.of("costCentre", known)).hasValue("costCenter");
        assertThat(NearestName.of("COSTCENTER", known)).hasValue("costCenter");
        assertThat(NearestName.of("deparment", known)).hasValue("department");
        assertThat(NearestName.of("first_name", known)).hasValue("firstName");
        assertThat(NearestName.of("color", known)).isEmpty();
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
    }
}
