package io.proxima.runtime.internal.transport;

/** A reply as it arrived: its status and its payload, which its receiver releases. */
public record Reply(ReplyStatus status, Payload payload) {}
