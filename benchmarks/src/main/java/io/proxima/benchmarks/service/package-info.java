/** The benchmark service: its contract, its one server-side implementation, and its record. */
@NullMarked
package io.proxima.benchmarks.service;

import org.jspecify.annotations.NullMarked;
