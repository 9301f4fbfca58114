package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.KryoException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.objenesis.instantiator.ObjectInstantiator;
import org.objenesis.strategy.InstantiatorStrategy;

/**
 * Creates decoded objects through their no-argument constructor (which may be private), as Java
 * RMI users expect of value classes.
 *
 * <p>Replaces Kryo's default strategy, which generates bytecode (ReflectASM) for public classes:
 * no code is generated at run time, and a class without such a constructor fails with a message
 * that says how to fix it. Objects are never created without running a constructor.
 */
final class NoArgConstructorStrategy implements InstantiatorStrategy {

  @Override
  public <T> ObjectInstantiator<T> newInstantiatorOf(Class<T> type) {
    Constructor<T> constructor;
    try {
      constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      throw new KryoException(type.getName() + " has no usable no-argument constructor, so it cannot be decoded;"
          + " add one (it may be private)", e);
    }
    return () -> {
      try {
        return constructor.newInstance();
      } catch (InvocationTargetException e) {
        throw new KryoException("the no-argument constructor of " + type.getName() + " threw " + e.getCause(),
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new KryoException("cannot create a " + type.getName() + ": " + e, e);
      }
    };
  }
}
