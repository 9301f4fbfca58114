package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An application class that travels by value in some remote call.
 *
 * @param binaryName such as {@code com.acme.Order$Line}
 * @param className the class, for class literals
 * @param members its structure, for the fingerprint: {@code name:type} per field (record
 *     components, or non-static non-transient fields with inherited ones first), or the constant
 *     names of an enum, in declaration order
 */
record ValueType(String binaryName, ClassName className, List<String> members) {
  ValueType {
    members = List.copyOf(members);
  }
}
