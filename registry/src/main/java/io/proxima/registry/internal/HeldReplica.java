package io.proxima.registry.internal;

/**
 * A binding together with the registry node's proxy of the bound object. Holding the proxy holds a
 * lease on the object, so an object exported on demand stays exported while it is bound.
 *
 * @param binding the stored binding
 * @param proxy the registry node's proxy of {@code binding.ref()}: typed, opaque (an interface the
 *     registry does not know), or the object itself when it lives in the registry's node
 */
record HeldReplica(Binding binding, Object proxy) {}
