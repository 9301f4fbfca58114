/**
 * Proxima's public API: the {@link io.proxima.Remote} annotation, references, and the
 * {@link io.proxima.RemoteException} hierarchy.
 *
 * <p>Null policy: nothing in this package accepts or returns null unless its Javadoc says so.
 */
package io.proxima;
