package io.proxima.benchmarks.systems.rmi;

import io.proxima.benchmarks.service.User;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.util.List;

/**
 * {@link io.proxima.benchmarks.service.BenchmarkService} as Java RMI requires it: extending
 * {@link Remote}, every method declaring {@link RemoteException}.
 */
public interface RmiBenchmarkService extends Remote {

  void ping() throws RemoteException;

  int add(int a, int b) throws RemoteException;

  User getUser(long id) throws RemoteException;

  List<User> listUsers(int count) throws RemoteException;

  byte[] echo(byte[] data) throws RemoteException;

  /** Scenario (e): Java RMI has no one-way call, so this is a plain synchronous void call. */
  void record(long id) throws RemoteException;

  long recorded() throws RemoteException;
}
