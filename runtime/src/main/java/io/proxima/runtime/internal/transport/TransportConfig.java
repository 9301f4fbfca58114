package io.proxima.runtime.internal.transport;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a node's transport.
 *
 * @param ioThreads event-loop threads shared by all the node's connections
 * @param maxFrameBytes the largest frame accepted or sent
 * @param connectTimeout how long a connection attempt may take before the call fails
 * @param maxOutstandingCalls calls that may await their reply on one connection; further callers
 *     wait for a slot (backpressure) until their deadline
 * @param sourceAddress the local address outgoing connections are made from, or null for any
 * @param ioPoll how long an event loop out of work polls its sockets before it sleeps (zero: never)
 */
public record TransportConfig(int ioThreads, int maxFrameBytes, Duration connectTimeout, int maxOutstandingCalls,
    @Nullable String sourceAddress, Duration ioPoll) {}
