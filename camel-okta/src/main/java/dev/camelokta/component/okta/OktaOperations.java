package dev.camelokta.component.okta;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.groups.GroupListOperations;
import dev.camelokta.component.okta.groups.GroupOperations;
import dev.camelokta.component.okta.operation.OperationCatalog;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.users.UserListOperations;
import dev.camelokta.component.okta.users.UserLifecycleOperations;
import dev.camelokta.component.okta.schemas.UserSchemaOperations;
import dev.camelokta.component.okta.users.UserOperations;
import dev.camelokta.component.okta.usertypes.UserTypeOperations;

/**
 * The descriptors of all okta operations, gathered from each resource's operations. The component checks when it
 * starts that every {@link OktaOperation} has exactly one.
 */
public final class OktaOperations {

    private static volatile OperationCatalog catalog;

    private OktaOperations() {
    }

    /** @throws IllegalStateException when an operation has no descriptor, or two */
    public static OperationDescriptor descriptor(OktaOperation operation) {
        return catalog().get(operation);
    }

    /** @throws IllegalStateException when an operation has no descriptor, or two */
    public static Collection<OperationDescriptor> all() {
        return catalog().all();
    }

    static OperationCatalog catalog() {
        OperationCatalog known = catalog;
        if (known == null) {
            known = new OperationCatalog(Stream.of(UserOperations.all(), UserTypeOperations.all(),
                            UserListOperations.all(), GroupListOperations.all(),
                            UserLifecycleOperations.all(),
                            GroupOperations.all(),
                            UserSchemaOperations.all())
                    .flatMap(List::stream).toList());
            catalog = known;
        }
        return known;
    }
}
