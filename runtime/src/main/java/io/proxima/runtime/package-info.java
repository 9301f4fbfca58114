/**
 * Proxima's runtime: {@link io.proxima.runtime.Node}, the one type applications use.
 * Everything under {@code io.proxima.runtime.internal} is not API.
 */
@NullMarked
package io.proxima.runtime;

import org.jspecify.annotations.NullMarked;
