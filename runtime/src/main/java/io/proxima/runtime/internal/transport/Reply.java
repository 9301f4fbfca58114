package io.proxima.runtime.internal.transport;

/** A reply as it arrived: its status and its payload bytes (owned by the receiver). */
public record Reply(ReplyStatus status, byte[] payload) {}
