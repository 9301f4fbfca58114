package io.proxima.benchmarks.service;

import java.io.Serializable;

/**
 * A user account of ten fields, the record that scenario (b) moves. Serializable because Java
 * RMI passes values with Java serialization; Proxima and Dirmi use their own encodings.
 */
public record User(
    long id,
    String login,
    String email,
    String firstName,
    String lastName,
    int age,
    boolean active,
    double balance,
    long createdAtMillis,
    String city)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A user whose fields are derived from {@code id}, so every system returns equal values. */
  public static User sample(long id) {
    return new User(
        id,
        "user" + id,
        "user" + id + "@example.com",
        "Ada",
        "Lovelace",
        20 + (int) (id % 50),
        id % 2 == 0,
        1000.0 + id * 0.25,
        1_700_000_000_000L + id * 1000,
        "London");
  }
}
