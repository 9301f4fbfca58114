package io.proxima.runtime.internal.reference;

import io.proxima.RemoteRef;
import io.proxima.spi.Call;
import io.proxima.spi.Invoker;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteProxy;

/**
 * A proxy for an object whose remote interface this node does not know, such as the objects a
 * standalone registry holds. It cannot be called, but it can be kept (holding a lease like any
 * proxy) and passed on, by reference, to nodes that know the interface.
 */
final class OpaqueProxy extends RemoteProxy {

  OpaqueProxy(RemoteRef ref) {
    super(new Invoker() {
      @Override
      public RemoteRef ref() {
        return ref;
      }

      @Override
      public Call newCall(MethodDescriptor method) {
        throw new IllegalStateException("this node does not know " + ref.interfaceName()
            + ", so it can pass this reference on but not call it");
      }
    });
  }
}
