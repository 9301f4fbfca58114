package io.proxima.processor;

import io.proxima.spi.RemoteInterface;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A generated proxy wired to a generated dispatcher and a target object, all loaded from a
 * compilation's output. Calls go through reflection only because the test cannot name the
 * compiled interface.
 */
record Connected(RemoteInterface<Object> descriptor, Object proxy, LoopbackInvoker invoker) {

  @SuppressWarnings("unchecked")
  static Connected connect(ClassLoader loader, String interfaceName, String targetClass) throws ReflectiveOperationException {
    RemoteInterface<Object> descriptor = (RemoteInterface<Object>)
        loader.loadClass(interfaceName + "_Descriptor").getConstructor().newInstance();
    Object target = loader.loadClass(targetClass).getConstructor().newInstance();
    LoopbackInvoker invoker = new LoopbackInvoker(descriptor.newDispatcher(target), interfaceName, descriptor.fingerprint());
    return new Connected(descriptor, descriptor.newProxy(invoker), invoker);
  }

  /** Calls {@code name(parameterTypes)} on the proxy, throwing what the proxy threw. */
  Object call(String name, Class<?>[] parameterTypes, Object... arguments) throws Throwable {
    Method method = proxy.getClass().getMethod(name, parameterTypes);
    try {
      return method.invoke(proxy, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Calls a method that has no overloads. */
  Object call(String name, Object... arguments) throws Throwable {
    for (Method method : proxy.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        return call(name, method.getParameterTypes(), arguments);
      }
    }
    throw new AssertionError("the proxy has no method " + name + " with " + arguments.length + " parameters");
  }
}
