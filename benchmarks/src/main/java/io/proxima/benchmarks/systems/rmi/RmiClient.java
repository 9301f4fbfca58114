package io.proxima.benchmarks.systems.rmi;

import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.service.OneWayService;
import io.proxima.benchmarks.service.User;
import java.io.UncheckedIOException;
import java.rmi.RemoteException;
import java.util.List;

/**
 * Presents a Java RMI stub as a {@link BenchmarkService}, so that one benchmark body serves every
 * system. The cost it adds, a virtual call and an exception handler, is far below a microsecond.
 */
final class RmiClient implements BenchmarkService, OneWayService {
  private final RmiBenchmarkService stub;

  RmiClient(RmiBenchmarkService stub) {
    this.stub = stub;
  }

  @Override
  public void ping() {
    try {
      stub.ping();
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int add(int a, int b) {
    try {
      return stub.add(a, b);
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public User getUser(long id) {
    try {
      return stub.getUser(id);
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<User> listUsers(int count) {
    try {
      return stub.listUsers(count);
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] echo(byte[] data) {
    try {
      return stub.echo(data);
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void record(long id) {
    try {
      stub.record(id);
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long recorded() {
    try {
      return stub.recorded();
    } catch (RemoteException e) {
      throw new UncheckedIOException(e);
    }
  }
}
