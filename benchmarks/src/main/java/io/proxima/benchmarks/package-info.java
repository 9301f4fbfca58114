/** The one command that compares Proxima with Java RMI and Dirmi. */
@NullMarked
package io.proxima.benchmarks;

import org.jspecify.annotations.NullMarked;
