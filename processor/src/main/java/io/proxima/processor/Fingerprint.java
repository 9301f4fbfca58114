package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;

/**
 * The interface fingerprint: the first 8 bytes (big-endian) of SHA-256 over a canonical text of
 * one line per item, each ended by {@code \n}:
 *
 * <pre>
 * interface com.acme.Account
 * async java.lang.Long balanceAsync()
 * oneway void audit(java.lang.String)
 * method void deposit(long) throws com.acme.LimitExceeded
 * method java.util.List&lt;com.acme.Entry&gt; history(int)
 * method void watch(com.acme.Listener)
 * value com.acme.Entry
 *  amount:long
 *  memo:java.lang.String
 * remote com.acme.Listener
 * </pre>
 *
 * <p>Methods are sorted by signature. A line starts with the method's kind: {@code method} for a
 * synchronous method, followed by its full generic result type; {@code async} for an asynchronous
 * one, followed by the full generic value type of its future (so {@code CompletableFuture<T>} and
 * {@code CompletionStage<T>} are the same on the wire); {@code oneway} for a one-way one. Declared
 * exceptions are sorted by binary name. Value types are sorted by binary name, each followed by its
 * {@linkplain ValueType#members() members} (fields as {@code name:type}, enum constants by name).
 * Last come the {@code @Remote} interfaces that travel by reference in the signatures or in the
 * value types, sorted by binary name: each contributes its name only, since its own fingerprint is
 * checked when it is called. Any change to a signature, a method's kind, a record component, a
 * field, an enum's constants or whether a referenced interface is {@code @Remote} changes it; a
 * {@code @Timeout} or an {@code @Idempotent}, which only guide the caller, and the methods of a
 * referenced {@code @Remote} interface do not.
 */
final class Fingerprint {
  private Fingerprint() {}

  static long of(
      String interfaceBinaryName, List<RemoteMethod> methods, List<ValueType> valueTypes, List<String> remoteInterfaces) {
    return Hashes.fingerprint(canonicalText(interfaceBinaryName, methods, valueTypes, remoteInterfaces));
  }

  static String canonicalText(
      String interfaceBinaryName, List<RemoteMethod> methods, List<ValueType> valueTypes, List<String> remoteInterfaces) {
    StringBuilder text = new StringBuilder("interface ").append(interfaceBinaryName).append('\n');
    methods.stream()
        .sorted(Comparator.comparing(RemoteMethod::signature))
        .forEach(method -> appendMethod(text, method));
    valueTypes.stream()
        .sorted(Comparator.comparing(ValueType::binaryName))
        .forEach(value -> appendValueType(text, value));
    remoteInterfaces.stream().sorted().forEach(remote -> text.append("remote ").append(remote).append('\n'));
    return text.toString();
  }

  private static void appendMethod(StringBuilder text, RemoteMethod method) {
    String kind = switch (method.kind()) {
      case SYNC -> "method ";
      case ASYNC -> "async ";
      case ONE_WAY -> "oneway ";
    };
    text.append(kind).append(method.resultText()).append(' ').append(method.signature());
    List<String> exceptions = method.exceptions().stream().map(ClassName::reflectionName).sorted().toList();
    if (!exceptions.isEmpty()) {
      text.append(" throws ").append(String.join(",", exceptions));
    }
    text.append('\n');
  }

  private static void appendValueType(StringBuilder text, ValueType value) {
    text.append("value ").append(value.binaryName()).append('\n');
    value.members().forEach(member -> text.append(' ').append(member).append('\n'));
  }
}
