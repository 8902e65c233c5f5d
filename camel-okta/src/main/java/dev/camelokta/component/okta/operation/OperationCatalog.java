package dev.camelokta.component.okta.operation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.camelokta.component.okta.api.OktaOperation;

/**
 * Every operation's descriptor, by operation. It is complete or it is not made: an operation without a descriptor,
 * or with two, stops the component from starting, with a message naming it, instead of failing a call later.
 */
public final class OperationCatalog {

    private final Map<OktaOperation, OperationDescriptor> descriptors;

    /**
     * @throws IllegalStateException naming each operation that has no descriptor or more than one
     */
    public OperationCatalog(Collection<OperationDescriptor> all) {
        Map<OktaOperation, OperationDescriptor> byOperation = new EnumMap<>(OktaOperation.class);
        for (OperationDescriptor descriptor : all) {
            if (byOperation.put(descriptor.operation(), descriptor) != null) {
                throw new IllegalStateException("Operation " + descriptor.operation() + " has two descriptors");
            }
        }
        List<OktaOperation> undescribed = Arrays.stream(OktaOperation.values())
                .filter(operation -> !byOperation.containsKey(operation)).toList();
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("Operations without a descriptor: " + undescribed
                                            + "; describe each in its resource's operations (e.g. UserOperations)");
        }
        this.descriptors = Collections.unmodifiableMap(byOperation);
    }

    public OperationDescriptor get(OktaOperation operation) {
        return descriptors.get(operation);
    }

    /** In the order of {@link OktaOperation}. */
    public Collection<OperationDescriptor> all() {
        return descriptors.values();
    }
}
