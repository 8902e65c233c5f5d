package dev.camelokta.component.okta.model;

import java.util.List;

/**
 * Okta's error body: {@code errorCode}, {@code errorSummary} and the {@code errorSummary} of each of
 * {@code errorCauses}.
 */
public record OktaError(String errorCode, String errorSummary, List<String> errorCauses) {
}
