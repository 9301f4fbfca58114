package io.proxima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ObjectIdTest {

  @Test
  void idsWithTheSameBitsAreEqualAndHashAlike() {
    ObjectId id = ObjectId.random();
    ObjectId copy = ObjectId.parse(id.toString());

    assertEquals(id, copy);
    assertEquals(id.hashCode(), copy.hashCode());
  }

  @Test
  void idsDifferingInEitherHalfAreNotEqual() {
    ObjectId id = new ObjectId(1, 2);

    assertNotEquals(id, new ObjectId(1, 3));
    assertNotEquals(id, new ObjectId(3, 2));
    assertNotEquals(id, new ObjectId(2, 1));
    assertNotEquals(id, "00000000000000010000000000000002");
  }

  @Test
  void randomIdsDiffer() {
    assertNotEquals(ObjectId.random(), ObjectId.random());
  }
}
