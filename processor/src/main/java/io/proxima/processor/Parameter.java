package io.proxima.processor;

import com.palantir.javapoet.TypeName;

/**
 * One parameter of a remote method.
 *
 * @param name the name declared in the interface
 * @param type the declared type
 * @param erasure the erasure of {@code type}, the class literal given to the wire
 */
record Parameter(String name, TypeName type, TypeName erasure) {}
