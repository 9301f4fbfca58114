/** The benchmark service on Java RMI. */
@NullMarked
package io.proxima.benchmarks.systems.rmi;

import org.jspecify.annotations.NullMarked;
