package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.BenchmarkServiceLogic;

/** The shared service logic, exported through Dirmi. */
final class DirmiTarget extends BenchmarkServiceLogic implements DirmiBenchmarkService {}
