package io.proxima.runtime.internal.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import org.jspecify.annotations.Nullable;

/**
 * Reads one serialized exception, refusing every class the {@link ThrowableAllowList} does not
 * allow by its name, before it is looked up, and bounding the stream with an {@link
 * ObjectInputFilter}: nesting depth, references, array lengths and total bytes.
 */
final class ThrowableInputStream extends ObjectInputStream {
  static final int MAX_DEPTH = 20;
  static final int MAX_REFERENCES = 10_000;

  private final ThrowableAllowList allowList;
  private final long maxBytes;
  private @Nullable String refusal;

  ThrowableInputStream(InputStream in, long maxBytes, ThrowableAllowList allowList) throws IOException {
    super(in);
    this.allowList = allowList;
    this.maxBytes = maxBytes;
    setObjectInputFilter(this::check);
  }

  /** Why the stream was refused, if it was refused by this class rather than found malformed. */
  @Nullable String refusal() {
    return refusal;
  }

  @Override
  protected Class<?> resolveClass(ObjectStreamClass descriptor) throws IOException {
    Class<?> type = allowList.resolve(descriptor.getName());
    if (type == null) {
      throw refuse("class " + descriptor.getName() + " is not allowed in an exception from the wire; allow it with"
          + " Node.Builder.allowTypes, or make it reachable from a @Remote signature");
    }
    return type;
  }

  @Override
  protected Class<?> resolveProxyClass(String[] interfaces) throws IOException {
    throw refuse("a dynamic proxy class is never allowed in an exception from the wire");
  }

  private ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
    String limit = null;
    if (info.depth() > MAX_DEPTH) {
      limit = "nests deeper than " + MAX_DEPTH + " levels";
    } else if (info.references() > MAX_REFERENCES) {
      limit = "holds more than " + MAX_REFERENCES + " objects";
    } else if (info.streamBytes() > maxBytes || info.arrayLength() > maxBytes) {
      limit = "declares more than its " + maxBytes + " bytes can hold";
    } else if (info.serialClass() != null && !allowList.allows(info.serialClass())) {
      limit = "holds a " + info.serialClass().getName() + ", which is not allowed";
    }
    if (limit == null) {
      return ObjectInputFilter.Status.ALLOWED;
    }
    refusal = "the exception from the wire " + limit;
    return ObjectInputFilter.Status.REJECTED;
  }

  private InvalidClassException refuse(String reason) {
    refusal = reason;
    return new InvalidClassException(reason);
  }
}
