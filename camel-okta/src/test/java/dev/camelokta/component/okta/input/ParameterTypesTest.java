package dev.camelokta.component.okta.input;

import java.util.List;
import java.util.Map;

import dev.camelokta.component.okta.api.InputSpec;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generic resolver reads every parameter type the descriptors may declare (string, boolean, integer, map) from
 * headers and bodies, with the defaults a parameter names, for any operation's input spec.
 */
class ParameterTypesTest {

    private static final OperationParameter LIMIT = OperationParameter.integer("limit", "How many at most.").defaultValue(200);
    private static final OperationParameter PROFILE = OperationParameter.map("profile", "Profile attributes.");
    private static final OperationParameter SEND_EMAIL = OperationParameter.bool("send_email", "Whether to send an email.")
            .endpointDefault("sendEmail");
    private static final OperationParameter NAME = OperationParameter.string("group_name", "The name.").asRequired();
    private static final InputSpec SPEC = new InputSpec(OktaOperation.getUser, List.of(NAME, LIMIT, PROFILE, SEND_EMAIL),
            List.of(), null);

    @Test
    void readsEachTypeFromHeadersAndBody() {
        Message message = message(Map.of("groupName", "admins", "profile", Map.of("department", "R&D")));
        message.setHeader("CamelOktaLimit", "50");
        message.setHeader("CamelOktaSendEmail", "false");

        OktaInput input = OktaInputResolver.resolve(SPEC, message, option -> null);

        assertThat(input.value("group_name")).isEqualTo("admins");
        assertThat(input.value("limit")).isEqualTo(50);
        assertThat(input.value("profile")).isEqualTo(Map.of("department", "R&D"));
        assertThat(input.value("send_email")).isEqualTo(false);
    }

    @Test
    void defaultsComeFromTheNamedEndpointOptionThenTheParameter() {
        OktaInput input = OktaInputResolver.resolve(SPEC, message(Map.of("group_name", "admins")),
                option -> option.equals("sendEmail") ? Boolean.TRUE : null);

        assertThat(input.value("limit")).isEqualTo(200);
        assertThat(input.value("send_email")).isEqualTo(true);
        assertThat(input.has(PROFILE)).isFalse();
    }

    @Test
    void aValueOfTheWrongTypeNamesTheParameterAndTheFix() {
        assertThatThrownBy(() -> OktaInputResolver.resolve(SPEC, message(Map.of("group_name", "a", "limit", "ten")),
                option -> null))
                .isInstanceOf(OktaInputException.class)
                .hasMessage("Invalid limit 'ten' in body key limit of okta:getUser: use a whole number, e.g. 200");
        assertThatThrownBy(() -> OktaInputResolver.resolve(SPEC, message(Map.of("group_name", "a", "profile", "x")),
                option -> null))
                .isInstanceOf(OktaInputException.class).hasMessageContaining("profile").hasMessageContaining("an object");
    }

    private static Message message(Object body) {
        Message message = new DefaultMessage(new DefaultCamelContext());
        message.setBody(body);
        return message;
    }
}
