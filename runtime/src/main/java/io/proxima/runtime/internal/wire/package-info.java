/**
 * The wire encoding of values and exceptions: which classes may travel ({@link
 * io.proxima.runtime.internal.wire.TypeTable}), how values are written and read with a hardened
 * Kryo ({@link io.proxima.runtime.internal.wire.WireCodec}, {@link
 * io.proxima.runtime.internal.wire.WireWriter}, {@link io.proxima.runtime.internal.wire.WireReader}),
 * and how exceptions travel ({@link io.proxima.runtime.internal.wire.ThrowableCodec}).
 *
 * <p>Decoding is bounded: every declared length is checked against the bytes that remain in the
 * message before anything is allocated, nesting is limited, and no class is ever looked up by a
 * name taken from the wire except JDK exception classes, which are loaded without being
 * initialized and only from the platform class loader.
 *
 * <p>Null policy: nothing in this package accepts or returns null unless marked {@code @Nullable}.
 */
@NullMarked
package io.proxima.runtime.internal.wire;

import org.jspecify.annotations.NullMarked;
