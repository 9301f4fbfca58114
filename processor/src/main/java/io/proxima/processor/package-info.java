/**
 * Proxima's annotation processor. {@link io.proxima.processor.RemoteProcessor} validates each
 * {@code @Remote} interface, builds an immutable model of it and hands the model to one writer per
 * generated class; everything but the processor itself is package-private.
 *
 * <p>Null policy: nothing in this package accepts or returns null; absence is an empty
 * {@code Optional} or an empty list.
 */
package io.proxima.processor;
