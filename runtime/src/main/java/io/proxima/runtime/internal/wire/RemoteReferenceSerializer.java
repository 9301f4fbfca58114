package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import io.proxima.ObjectId;
import io.proxima.RemoteRef;

/**
 * Writes an object that travels by reference as its {@link RemoteRef}, and reads a reference
 * back as what {@link RemoteObjects#resolve} makes of it. Registered for {@link Marker}, the
 * registration every remote object is written under (see {@link GuardedClassResolver}).
 *
 * <pre>
 * host (string) | port (varint) | incarnation (int64) | object id (2 x int64) | interface (string) | fingerprint (int64)
 * </pre>
 */
final class RemoteReferenceSerializer extends Serializer<Object> {
  /** The class remote objects are registered under; never instantiated. */
  static final class Marker {
    private Marker() {}
  }

  private final RemoteObjects remoteObjects;

  RemoteReferenceSerializer(RemoteObjects remoteObjects) {
    this.remoteObjects = remoteObjects;
  }

  @Override
  public void write(Kryo kryo, Output output, Object remoteObject) {
    RemoteRef ref = remoteObjects.referenceTo(remoteObject);
    Utf8StringSerializer.writeString(output, ref.host());
    output.writeVarInt(ref.port(), true);
    output.writeLong(ref.incarnation());
    output.writeLong(ref.objectId().high());
    output.writeLong(ref.objectId().low());
    Utf8StringSerializer.writeString(output, ref.interfaceName());
    output.writeLong(ref.fingerprint());
  }

  @Override
  public Object read(Kryo kryo, Input input, Class<?> type) {
    String host = Utf8StringSerializer.readString(input);
    int port = input.readVarInt(true);
    long incarnation = input.readLong();
    ObjectId objectId = new ObjectId(input.readLong(), input.readLong());
    String interfaceName = Utf8StringSerializer.readString(input);
    long fingerprint = input.readLong();
    if (host == null || host.isEmpty() || interfaceName == null || port > 65535) {
      throw new DecodingException("malformed remote reference (host " + host + ", port " + port + ", interface "
          + interfaceName + ")");
    }
    return remoteObjects.resolve(new RemoteRef(host, port, incarnation, objectId, interfaceName, fingerprint));
  }
}
