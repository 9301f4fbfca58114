package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Everything the writers need to know about one valid {@code @Remote} interface.
 *
 * @param type the interface
 * @param binaryName its binary name, such as {@code com.acme.Outer$Inner}
 * @param methods the remote methods in declaration order (own methods, then inherited ones)
 * @param valueTypes the application classes reachable from the signatures, sorted by binary name
 * @param remoteInterfaces the binary names of the {@code @Remote} interfaces reachable from the
 *     signatures, whose values travel by reference, sorted
 * @param fingerprint the interface fingerprint, see {@link Fingerprint}
 */
record RemoteInterfaceModel(
    ClassName type,
    String binaryName,
    List<RemoteMethod> methods,
    List<ValueType> valueTypes,
    List<String> remoteInterfaces,
    long fingerprint) {

  RemoteInterfaceModel {
    methods = List.copyOf(methods);
    valueTypes = List.copyOf(valueTypes);
    remoteInterfaces = List.copyOf(remoteInterfaces);
  }

  static RemoteInterfaceModel of(ClassName type, String binaryName, List<RemoteMethod> methods,
      List<ValueType> valueTypes, List<String> remoteInterfaces) {
    return new RemoteInterfaceModel(type, binaryName, methods, valueTypes, remoteInterfaces,
        Fingerprint.of(binaryName, methods, valueTypes, remoteInterfaces));
  }

  ClassName proxy() {
    return Names.generated(type, "Proxy");
  }

  ClassName dispatcher() {
    return Names.generated(type, "Dispatcher");
  }

  ClassName skeleton() {
    return Names.generated(type, "Skeleton");
  }

  ClassName descriptor() {
    return Names.generated(type, "Descriptor");
  }
}
