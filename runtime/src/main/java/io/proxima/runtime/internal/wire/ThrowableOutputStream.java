package io.proxima.runtime.internal.wire;

import io.proxima.ServerException;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes one exception so that {@link ThrowableInputStream} on the other side accepts it:
 *
 * <ul>
 *   <li>an exception whose class is not allowed is replaced by a {@link ServerException} with the
 *       same message (prefixed with the original class name), stack trace, cause and suppressed
 *       exceptions, which are themselves written by the same rules;
 *   <li>a stack trace longer than {@code framesPerTrace} is cut to that length, plus a frame that
 *       says how many were left out;
 *   <li>any other class that is not allowed, or more objects than the reader accepts, fail the
 *       write with {@link Refused}, and the caller writes a simpler stand-in instead.
 * </ul>
 */
final class ThrowableOutputStream extends ObjectOutputStream {
  /**
   * Fewer than {@link ThrowableInputStream#MAX_REFERENCES}: class descriptors and back references
   * count on the reader's side too.
   */
  static final int MAX_OBJECTS = 8_000;

  private final ThrowableAllowList allowList;
  private final int framesPerTrace;
  private int objects;

  ThrowableOutputStream(OutputStream out, ThrowableAllowList allowList, int framesPerTrace) throws IOException {
    super(out);
    this.allowList = allowList;
    this.framesPerTrace = framesPerTrace;
    enableReplaceObject(true);
  }

  /** The reader would refuse what is being written. */
  static final class Refused extends NotSerializableException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  @Override
  protected void annotateClass(Class<?> type) throws IOException {
    if (!allowList.allows(type)) {
      throw new Refused(type.getName() + " is not allowed in an exception on the wire");
    }
    count();
  }

  @Override
  protected void annotateProxyClass(Class<?> type) throws IOException {
    throw new Refused("a dynamic proxy class is not allowed in an exception on the wire");
  }

  @Override
  protected Object replaceObject(Object object) throws IOException {
    count();
    if (object instanceof Throwable thrown && !allowList.allows(thrown.getClass())) {
      return standIn(thrown);
    }
    if (object instanceof StackTraceElement[] frames && frames.length > framesPerTrace) {
      StackTraceElement[] cut = Arrays.copyOf(frames, framesPerTrace + 1);
      cut[framesPerTrace] = new StackTraceElement("[" + (frames.length - framesPerTrace) + " frames omitted]",
          "", null, -1);
      return cut;
    }
    return object;
  }

  /** The {@link ServerException} that stands in for an exception whose class may not travel. */
  static ServerException standIn(Throwable thrown) {
    ServerException standIn = new ServerException(describe(thrown));
    standIn.setStackTrace(thrown.getStackTrace());
    Throwable cause = thrown.getCause();
    if (cause != null) {
      standIn.initCause(cause);
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      standIn.addSuppressed(suppressed);
    }
    return standIn;
  }

  /** {@code "<class name>: <message>"}, the message of a stand-in. */
  static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    return message == null ? thrown.getClass().getName() : thrown.getClass().getName() + ": " + message;
  }

  private void count() throws Refused {
    if (++objects > MAX_OBJECTS) {
      throw new Refused("the exception holds more than " + MAX_OBJECTS + " objects");
    }
  }
}
