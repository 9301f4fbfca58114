package io.proxima.benchmarks.systems.proxima;

import io.proxima.benchmarks.service.BenchmarkServiceLogic;

/** The shared service logic, exported through Proxima. */
final class ProximaTarget extends BenchmarkServiceLogic implements ProximaBenchmarkService {}
