package org.kpisdk.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A recipe that Spark can ship to its executors: the library's queries and funnels are not {@link Serializable}
 * (metrics may be arbitrary code), so the executors rebuild them from this supplier, typically a lambda that refers
 * only to constants.
 *
 * <pre>{@code
 * SerializableSupplier<Query> recipe = () -> Query.builder().metric(StandardMetrics.CTR).groupBy("channel").build();
 * }</pre>
 *
 * <p>The supplier must return equal objects on every call and capture nothing that is not serialisable.
 *
 * @param <T> the type supplied
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
}
