package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.RemoteTimeoutException;
import io.proxima.ServerException;
import io.proxima.runtime.internal.wire.Samples.AccountLockedException;
import io.proxima.runtime.internal.wire.Samples.InventoryException;
import io.proxima.runtime.internal.wire.Samples.LeakyException;
import io.proxima.runtime.internal.wire.Samples.Point;
import io.proxima.runtime.internal.wire.Samples.Secret;
import io.proxima.runtime.internal.wire.Samples.SecretException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrowableCodecTest {
  private final ThrowableCodec codec = new ThrowableCodec(Samples.table());

  @Test
  void applicationException_keepsItsFieldsCauseSuppressedAndStackTrace() {
    AccountLockedException thrown = new AccountLockedException("alice", 3, new Point(1, 2), new IOException("disk"));
    thrown.addSuppressed(new IllegalStateException("also"));

    AccountLockedException copy = assertInstanceOf(AccountLockedException.class, roundTrip(thrown));

    assertEquals("account of alice is locked", copy.getMessage());
    assertEquals("alice", copy.owner());
    assertEquals(3, copy.attempts());
    assertEquals(new Point(1, 2), copy.where());
    assertEquals(IOException.class, copy.getCause().getClass());
    assertEquals("disk", copy.getCause().getMessage());
    assertEquals(1, copy.getSuppressed().length);
    assertEquals("also", copy.getSuppressed()[0].getMessage());
    assertArrayEquals(thrown.getStackTrace(), copy.getStackTrace());
  }

  @Test
  void applicationExceptionWithCollectionAndTimeFields_keepsThem() {
    InventoryException thrown = new InventoryException(new java.util.HashMap<>(java.util.Map.of("pen", 2)),
        new java.util.HashSet<>(Set.of("a", "b")), new java.util.ArrayList<>(List.of(new Point(1, 1))),
        java.time.Instant.ofEpochSecond(1_700_000_000L));

    InventoryException copy = assertInstanceOf(InventoryException.class, roundTrip(thrown));

    assertEquals(thrown.fields(), copy.fields());
  }

  @Test
  void jdkException_arrivesAsItself() {
    IllegalStateException thrown =
        new IllegalStateException("bad state", new UncheckedIOException(new IOException("io")));

    Throwable copy = roundTrip(thrown);

    assertEquals(IllegalStateException.class, copy.getClass());
    assertEquals("bad state", copy.getMessage());
    assertEquals(UncheckedIOException.class, copy.getCause().getClass());
    assertEquals(IOException.class, copy.getCause().getCause().getClass());
    assertArrayEquals(thrown.getStackTrace(), copy.getStackTrace());
  }

  @Test
  void proximaException_arrivesAsItself() {
    assertEquals(RemoteTimeoutException.class, roundTrip(new RemoteTimeoutException("late")).getClass());
  }

  @Test
  void exceptionNotAllowed_arrivesAsServerExceptionNamingTheOriginal() {
    SecretException thrown = new SecretException("boom");

    Throwable copy = roundTrip(thrown);

    assertEquals(ServerException.class, copy.getClass());
    assertEquals(SecretException.class.getName() + ": boom", copy.getMessage());
    assertArrayEquals(thrown.getStackTrace(), copy.getStackTrace());
  }

  @Test
  void allowedExceptionWithACauseNotAllowed_keepsItsClass_andTheCauseStandsInAsServerException() {
    IllegalArgumentException thrown = new IllegalArgumentException("outer", new SecretException("inner"));

    Throwable copy = roundTrip(thrown);

    assertEquals(IllegalArgumentException.class, copy.getClass());
    assertEquals(ServerException.class, copy.getCause().getClass());
    assertEquals(SecretException.class.getName() + ": inner", copy.getCause().getMessage());
  }

  @Test
  void exceptionHoldingAValueNotAllowed_arrivesAsServerException() {
    for (Object payload : List.of(new Secret("s"), new Object())) {
      LeakyException thrown = new LeakyException("leak", payload);

      Throwable copy = roundTrip(thrown);

      assertEquals(ServerException.class, copy.getClass(), payload.getClass().getName());
      assertEquals(LeakyException.class.getName() + ": leak", copy.getMessage());
      assertArrayEquals(thrown.getStackTrace(), copy.getStackTrace());
    }
    assertEquals(LeakyException.class, roundTrip(new LeakyException("fine", new Point(1, 1))).getClass());
  }

  @Test
  void longStackTrace_isCutAndSaysHowManyFramesWereLeftOut() {
    RuntimeException thrown = new RuntimeException("deep");
    StackTraceElement[] frames = new StackTraceElement[5000];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = new StackTraceElement("com.example.Recursive", "call", "Recursive.java", i);
    }
    thrown.setStackTrace(frames);

    StackTraceElement[] copy = roundTrip(thrown).getStackTrace();

    assertEquals(ThrowableCodec.MAX_TOTAL_FRAMES + 1, copy.length);
    assertEquals(frames[0], copy[0]);
    assertTrue(copy[copy.length - 1].getClassName().contains("3976 frames omitted"), copy[copy.length - 1].toString());
  }

  @Test
  void causeChainDeeperThanTheReaderAccepts_arrivesTruncated() {
    Throwable thrown = new IllegalStateException("root cause");
    for (int i = 1; i < 40; i++) {
      thrown = new RuntimeException("wrapper " + i, thrown);
    }

    Throwable copy = roundTrip(thrown);

    assertEquals(ServerException.class, copy.getClass());
    assertEquals(RuntimeException.class.getName() + ": wrapper 39", copy.getMessage());
    int chain = 0;
    for (Throwable t = copy; t != null; t = t.getCause()) {
      chain++;
    }
    assertEquals(ThrowableCodec.MAX_LEVEL, chain);
  }

  @Test
  void streamNamingAClassNotAllowed_isRefusedBeforeTheClassIsInitialized() throws IOException {
    ThrowableCodec allowing = new ThrowableCodec(new TypeTable(List.of(), Set.of(AllowedProbeException.class)));
    byte[] original = javaSerialized(new AllowedProbeException("probe"));
    assertEquals("probe", allowing.decode(original).getMessage());

    for (String name : List.of("RefusedProbeException", "MissingProbeException")) {
      byte[] patched = replace(original, "AllowedProbeException", name);

      DecodingException e = assertThrows(DecodingException.class, () -> allowing.decode(patched));

      String expected = "io.proxima.runtime.internal.wire." + name + " is not allowed";
      assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
    assertFalse(Flags.REFUSED_EXCEPTION_INITIALIZED.get());
  }

  @Test
  void streamHoldingANonExceptionClassNotAllowed_isRefusedNamingIt() throws IOException {
    DecodingException e = assertThrows(DecodingException.class, () -> codec.decode(javaSerialized(new AtomicLong(1))));

    assertTrue(e.getMessage().contains("java.util.concurrent.atomic.AtomicLong is not allowed"), e.getMessage());
  }

  @Test
  void streamNestingDeeperThanTheLimit_isRefused() throws IOException {
    Throwable deep = new IllegalStateException("root");
    for (int i = 0; i < 30; i++) {
      deep = new RuntimeException(deep);
    }

    byte[] stream = javaSerialized(deep);
    DecodingException e = assertThrows(DecodingException.class, () -> codec.decode(stream));

    assertTrue(e.getMessage().contains("deeper than 20 levels"), e.getMessage());
  }

  @Test
  void streamHoldingAnAllowedValueThatIsNotAnException_isRefused() throws IOException {
    DecodingException e = assertThrows(DecodingException.class, () -> codec.decode(javaSerialized("text")));

    assertTrue(e.getMessage().contains("not an exception"), e.getMessage());
  }

  @Test
  void garbage_isRefusedAsMalformed() {
    byte[] garbage = "definitely not a serialized exception".getBytes(StandardCharsets.UTF_8);

    DecodingException e = assertThrows(DecodingException.class, () -> codec.decode(garbage));

    assertTrue(e.getMessage().contains("malformed"), e.getMessage());
  }

  @Test
  void truncatedStream_isRefused() {
    byte[] whole = codec.encode(new IllegalStateException("whole"));

    assertThrows(DecodingException.class, () -> codec.decode(whole, 0, whole.length / 2));
  }

  @Test
  void exceptionWithoutMessage_standsInWithTheClassNameAlone() {
    Throwable copy = roundTrip(new SecretException(null));

    assertEquals(SecretException.class.getName(), copy.getMessage());
    assertNull(copy.getCause());
  }

  private Throwable roundTrip(Throwable thrown) {
    byte[] bytes = codec.encode(thrown);
    byte[] framed = new byte[bytes.length + 6];
    System.arraycopy(bytes, 0, framed, 3, bytes.length);
    return codec.decode(framed, 3, bytes.length);
  }

  private static byte[] javaSerialized(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static byte[] replace(byte[] bytes, String from, String to) {
    byte[] find = from.getBytes(StandardCharsets.UTF_8);
    byte[] with = to.getBytes(StandardCharsets.UTF_8);
    byte[] result = bytes.clone();
    int replaced = 0;
    for (int i = 0; i + find.length <= result.length; i++) {
      if (java.util.Arrays.equals(result, i, i + find.length, find, 0, find.length)) {
        System.arraycopy(with, 0, result, i, with.length);
        replaced++;
      }
    }
    assertTrue(replaced > 0, "the stream names " + from);
    return result;
  }
}
