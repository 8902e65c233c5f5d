package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer's last safety net: a RuntimeException no handler expected becomes an OktaApiException without the token. */
class UnexpectedFailureTest {

    private static final String TOKEN = "00UnexpectedFailureToken-0123456789abcdef";

    @Test
    void namesTheOperationAndMasksTheTokenAndDropsACauseThatShowsIt() {
        OktaApiException failure = UnexpectedFailure.of(OktaOperation.getUser,
                new IllegalStateException("cannot send SSWS " + TOKEN + "\r\nforged"), TOKEN);

        assertThat(failure.getMessage()).isEqualTo("Unexpected failure in okta:getUser: java.lang.IllegalStateException: "
                                                   + "cannot send SSWS xxxxxx\\r\\nforged");
        assertThat(failure.getCause()).as("its stack trace would show the token").isNull();
    }

    @Test
    void keepsACauseWithoutTheToken() {
        NullPointerException bug = new NullPointerException("a bug");

        OktaApiException failure = UnexpectedFailure.of(OktaOperation.listTypeIdOptions, bug, TOKEN);

        assertThat(failure.getMessage()).isEqualTo("Unexpected failure in okta:listTypeIdOptions: "
                                                   + "java.lang.NullPointerException: a bug");
        assertThat(failure.getCause()).isSameAs(bug);
    }
}
