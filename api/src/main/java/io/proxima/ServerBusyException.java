package io.proxima;

/** The server refused the call because all its threads are busy and its queue is full. The call did not run; retrying later is safe. */
public class ServerBusyException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public ServerBusyException(String message) {
    super(message);
  }
}
