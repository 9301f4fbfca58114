/**
 * The systems under test behind one small abstraction: export the benchmark service, connect to
 * it from another JVM or from the same one.
 */
@NullMarked
package io.proxima.benchmarks.systems;

import org.jspecify.annotations.NullMarked;
