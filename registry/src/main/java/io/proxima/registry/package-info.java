/**
 * Proxima's naming registry: the {@link io.proxima.registry.Registry} interface, the server that
 * runs it embedded or standalone ({@link io.proxima.registry.RegistryServer}), the URL form
 * ({@link io.proxima.registry.Naming}), the rules for names ({@link io.proxima.registry.RegistryNames}), the
 * {@code proxima://host:port/name} addresses that reach a registry
 * ({@link io.proxima.registry.RegistryAddress}) and the standalone registry's command line
 * ({@link io.proxima.registry.RegistryOptions}). Everything under
 * {@code io.proxima.registry.internal} is not API.
 */
@NullMarked
package io.proxima.registry;

import org.jspecify.annotations.NullMarked;
