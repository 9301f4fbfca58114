/**
 * The registry's implementation; not API. {@link io.proxima.registry.internal.BindingStore} keeps
 * the bindings durably.
 */
@NullMarked
package io.proxima.registry.internal;

import org.jspecify.annotations.NullMarked;
