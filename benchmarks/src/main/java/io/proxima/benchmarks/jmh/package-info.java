/**
 * The JMH suite. States start servers in child JVMs in their trial set-up and stop them in their
 * tear-down; fields a set-up assigns are non-null from then on.
 */
@NullMarked
package io.proxima.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
