package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * An application class that travels by value in some remote call.
 *
 * @param binaryName such as {@code com.acme.Order$Line}
 * @param className the class, for class literals
 * @param members its structure, for the fingerprint: {@code name:type} per field (record
 *     components, or non-static non-transient fields with inherited ones first), or the constant
 *     names of an enum, in declaration order
 * @param recordComponents for a record without type parameters, its components in declaration
 *     order, from which a codec is generated; empty for any other type
 */
record ValueType(String binaryName, ClassName className, List<String> members,
    Optional<List<Component>> recordComponents) {
  ValueType {
    members = List.copyOf(members);
    recordComponents = recordComponents.map(List::copyOf);
  }

  /**
   * A record component.
   *
   * @param name its name, which is also its accessor's
   * @param type its type as declared
   * @param erasure its erased type, which is what it is written as
   */
  record Component(String name, TypeName type, TypeName erasure) {}
}
