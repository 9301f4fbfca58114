package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.BenchmarkService;
import org.cojen.dirmi.Remote;
import org.cojen.dirmi.RemoteFailure;

/**
 * {@link BenchmarkService} as a Dirmi remote interface. Dirmi lets a failed call throw its
 * {@code RemoteException} undeclared, so the methods are inherited unchanged and the stub is used
 * by the benchmarks directly.
 */
@RemoteFailure(declared = false)
public interface DirmiBenchmarkService extends BenchmarkService, Remote {}
