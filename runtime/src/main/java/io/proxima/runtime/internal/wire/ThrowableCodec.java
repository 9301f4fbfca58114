package io.proxima.runtime.internal.wire;

import io.proxima.ServerException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Encodes exceptions thrown by remote methods with Java serialization, as Java RMI does, so that
 * they keep their own fields, cause, suppressed exceptions and stack trace; and decodes them behind
 * an allow-list of class names and an {@link java.io.ObjectInputFilter} (see {@link
 * ThrowableInputStream}).
 *
 * <p>Encoding always produces something the receiver accepts:
 *
 * <ul>
 *   <li>an exception whose class is not allowed (neither a JDK or Proxima exception nor one of the
 *       application's, see {@link TypeTable}) travels as an {@link ServerException} whose message
 *       is {@code "<original class name>: <message>"}, with the original's stack trace, cause and
 *       suppressed exceptions (each of them judged alike);
 *   <li>stack traces are cut so that all of them together hold about {@value #MAX_TOTAL_FRAMES}
 *       frames (at least {@value #MIN_FRAMES_PER_TRACE} each);
 *   <li>if the graph holds more than {@value #MAX_THROWABLES} exceptions, nests them deeper than
 *       the reader accepts, or holds a field the reader would refuse, the whole graph travels as
 *       {@code ServerException}s that carry only messages and stack traces.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class ThrowableCodec {
  static final int MAX_THROWABLES = 64;
  static final int MAX_TOTAL_FRAMES = 1024;
  static final int MIN_FRAMES_PER_TRACE = 16;
  /**
   * The deepest nesting level of an exception in the serialized graph (the root is 1, a cause one
   * below its exception, a suppressed exception two below, inside its list). Its stack trace nests
   * three levels further, and {@link ThrowableInputStream#MAX_DEPTH} is 20; two levels are left for
   * fields of application exceptions.
   */
  static final int MAX_LEVEL = 15;

  private final ThrowableAllowList allowList;

  public ThrowableCodec(TypeTable types) {
    this.allowList = new ThrowableAllowList(types);
  }

  /** Serializes {@code thrown}, replaced as the class documentation describes where it could not travel as it is. */
  public byte[] encode(Throwable thrown) {
    Set<Throwable> graph = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean fits = collect(thrown, 1, graph);
    int framesPerTrace = Math.max(MIN_FRAMES_PER_TRACE, MAX_TOTAL_FRAMES / graph.size());
    if (fits) {
      try {
        return write(thrown, framesPerTrace);
      } catch (IOException | RuntimeException e) {
        // A field the reader would refuse, or a writeObject method that failed: fall through.
      }
    }
    try {
      return write(messagesOnly(thrown), framesPerTrace);
    } catch (IOException e) {
      throw new EncodingException("cannot encode " + ThrowableOutputStream.describe(thrown) + ": " + e, e);
    }
  }

  /** Decodes an exception encoded by {@link #encode}. */
  public Throwable decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /**
   * Decodes an exception encoded by {@link #encode} from {@code bytes[offset, offset + length)}.
   *
   * @throws DecodingException if the bytes name a class that is not allowed (the message names
   *     it), exceed a limit, or are malformed
   */
  public Throwable decode(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    ThrowableInputStream in = null;
    try {
      in = new ThrowableInputStream(new ByteArrayInputStream(bytes, offset, length), length, allowList);
      Object decoded = in.readObject();
      if (decoded instanceof Throwable thrown) {
        return thrown;
      }
      throw new DecodingException("the exception from the wire is a "
          + (decoded == null ? "null" : decoded.getClass().getName()) + ", not an exception");
    } catch (DecodingException e) {
      throw e;
    } catch (Exception e) { // I/O, class resolution, and readObject methods that validate what they read
      String refusal = in == null ? null : in.refusal();
      throw new DecodingException(refusal != null ? refusal : "malformed exception from the wire: " + e, e);
    }
  }

  private byte[] write(Throwable thrown, int framesPerTrace) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (ThrowableOutputStream out = new ThrowableOutputStream(bytes, allowList, framesPerTrace)) {
      out.writeObject(thrown);
    }
    return bytes.toByteArray();
  }

  /** Adds the exceptions reachable from {@code thrown} to {@code graph}; returns false once a limit is passed. */
  private static boolean collect(Throwable thrown, int level, Set<Throwable> graph) {
    if (!graph.add(thrown)) {
      return true;
    }
    if (level > MAX_LEVEL || graph.size() > MAX_THROWABLES) {
      return false;
    }
    Throwable cause = thrown.getCause();
    if (cause != null && !collect(cause, level + 1, graph)) {
      return false;
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (!collect(suppressed, level + 2, graph)) {
        return false;
      }
    }
    return true;
  }

  /** A copy of the graph made of {@link ServerException}s, within the limits of the reader. */
  private static ServerException messagesOnly(Throwable root) {
    return copy(root, 1, new IdentityHashMap<>());
  }

  private static ServerException copy(Throwable thrown, int level, Map<Throwable, ServerException> copies) {
    ServerException existing = copies.get(thrown);
    if (existing != null) {
      return existing;
    }
    ServerException copy = new ServerException(ThrowableOutputStream.describe(thrown));
    copy.setStackTrace(thrown.getStackTrace());
    copies.put(thrown, copy);
    Throwable cause = thrown.getCause();
    if (cause != null && level < MAX_LEVEL && copies.size() < MAX_THROWABLES) {
      copy.initCause(copy(cause, level + 1, copies));
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (level + 2 <= MAX_LEVEL && copies.size() < MAX_THROWABLES) {
        copy.addSuppressed(copy(suppressed, level + 2, copies));
      }
    }
    return copy;
  }
}
