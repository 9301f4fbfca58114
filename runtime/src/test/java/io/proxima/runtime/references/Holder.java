package io.proxima.runtime.references;

/** A value that travels by copy while its counter travels by reference. */
public record Holder(String label, Counter counter) {}
