package io.proxima.benchmarks.systems.rmi;

import io.proxima.benchmarks.service.BenchmarkServiceLogic;

/** The shared service logic, exported through Java RMI. */
final class RmiTarget extends BenchmarkServiceLogic implements RmiBenchmarkService {}
