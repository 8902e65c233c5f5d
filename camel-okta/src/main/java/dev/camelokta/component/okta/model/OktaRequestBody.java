package dev.camelokta.component.okta.model;

/**
 * A typed body for an okta operation, such as {@link CreateUserRequest}: its JSON properties are the operation's
 * snake_case parameter names, read as a body {@code Map} is.
 */
public interface OktaRequestBody {
}
