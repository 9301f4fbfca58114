package io.proxima;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The deadline of calls to a remote method, or to every method of a remote interface (a method's
 * own annotation wins). Without it a call gets the node's default (30 seconds unless configured).
 * A call made while serving another remote call never gets more time than the outer call has left.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Timeout {
  /** Milliseconds from the start of the call; must be positive. */
  long millis();
}
