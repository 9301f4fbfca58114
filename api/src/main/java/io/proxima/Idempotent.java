package io.proxima;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a remote method that is safe to run more than once ("at-least-once" semantics): the
 * runtime may retry a call that failed, also against another replica bound to the same registry
 * name. Without it a call is at-most-once: a request that may have reached the server is never
 * sent again. Cannot be combined with {@link OneWay}, whose calls are never answered and so never
 * retried.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {}
