/** Benchmark servers in child JVMs: the child's main class and the parent's handle on it. */
@NullMarked
package io.proxima.benchmarks.server;

import org.jspecify.annotations.NullMarked;
