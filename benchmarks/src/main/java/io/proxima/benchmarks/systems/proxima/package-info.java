/** The benchmark service on Proxima. */
@NullMarked
package io.proxima.benchmarks.systems.proxima;

import org.jspecify.annotations.NullMarked;
