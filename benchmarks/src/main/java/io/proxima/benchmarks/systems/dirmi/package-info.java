/** The benchmark service on Dirmi 2. */
@NullMarked
package io.proxima.benchmarks.systems.dirmi;

import org.jspecify.annotations.NullMarked;
