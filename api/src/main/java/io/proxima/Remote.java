package io.proxima;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods can be called from another JVM.
 *
 * <p>At compile time Proxima's annotation processor generates, in the interface's package,
 * {@code Foo_Proxy} (the client side), {@code Foo_Dispatcher} and {@code Foo_Skeleton} (the
 * server side) and {@code Foo_Descriptor} (ids, fingerprint and allowed value types). A remote
 * interface that cannot work is a compile error on the offending element.
 *
 * <p>Every abstract method of the interface, including inherited ones, is remote. Default and
 * static methods run locally. Arguments and results travel by value (a deep copy), except
 * objects that implement a {@code @Remote} interface: they travel by reference, and the receiver
 * gets a proxy of that interface. Declare such a parameter or result with the {@code @Remote}
 * interface itself, not with a class that implements it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Remote {}
