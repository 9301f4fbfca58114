package io.proxima.benchmarks.systems.proxima;

import io.proxima.Remote;
import io.proxima.benchmarks.service.BenchmarkService;

/** {@link BenchmarkService} as a Proxima remote interface; its proxy is used by the benchmarks directly. */
@Remote
public interface ProximaBenchmarkService extends BenchmarkService {}
