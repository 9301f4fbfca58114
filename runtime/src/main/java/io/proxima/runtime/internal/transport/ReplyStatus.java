package io.proxima.runtime.internal.transport;

/** How a call ended, as carried in the status byte of a reply frame. */
public enum ReplyStatus {
  /** The method returned; the payload is its result. */
  OK(0),
  /** The method threw; the payload is the exception. */
  THROWN(1),
  /** No object is exported under the requested id. */
  NO_SUCH_OBJECT(2),
  /** The request was meant for an earlier incarnation of the server process. */
  STALE_INCARNATION(3),
  /** Client and server interface fingerprints differ. */
  INCOMPATIBLE(4),
  /** The server refused the request's input (unknown class, bad length). */
  REFUSED(5),
  /** The server failed outside the method (such as encoding its result). */
  SERVER_ERROR(6),
  /** The server is shutting down. */
  SHUTTING_DOWN(7),
  /** The server's threads and queue are full. */
  BUSY(8),
  /** The call's deadline passed before the server could start it. */
  DEADLINE_EXCEEDED(9),
  /** The caller cancelled the call. */
  CANCELLED(10);

  private static final ReplyStatus[] BY_CODE = values();

  private final byte code;

  ReplyStatus(int code) {
    this.code = (byte) code;
  }

  public byte code() {
    return code;
  }

  /** Returns the status for a code read from the wire, or null if there is none. */
  public static ReplyStatus ofCode(byte code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
