package io.proxima;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a remote method whose call is sent and not answered ("maybe" semantics): the caller
 * returns as soon as the request is handed to the connection, and a failure after that is
 * logged, not thrown. The method must return {@code void} and declare no checked exceptions.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OneWay {}
