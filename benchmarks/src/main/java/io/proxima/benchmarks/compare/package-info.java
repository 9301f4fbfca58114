/**
 * The comparison behind {@link io.proxima.benchmarks.Compare}: the scenarios and their targets,
 * the JMH trials, and the table, markdown and chart made from their results.
 */
@NullMarked
package io.proxima.benchmarks.compare;

import org.jspecify.annotations.NullMarked;
