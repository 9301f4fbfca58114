package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.internal.wire.Samples.AccountLockedException;
import io.proxima.runtime.internal.wire.Samples.Color;
import io.proxima.runtime.internal.wire.Samples.Empty;
import io.proxima.runtime.internal.wire.Samples.Op;
import io.proxima.runtime.internal.wire.Samples.Point;
import io.proxima.runtime.internal.wire.Samples.Secret;
import io.proxima.spi.WireTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TypeTableTest {

  @Test
  void jdkClasses_takeTenPlusTheirIndexInWireTypes() throws Exception {
    TypeTable table = Samples.table();
    for (int i = 0; i < WireTypes.CONCRETE.size(); i++) {
      Class<?> type = Class.forName(WireTypes.CONCRETE.get(i));
      assertEquals(10 + i, table.idOf(type), type.getName());
    }
    assertEquals(10, table.idOf(boolean[].class));
    assertEquals(20, table.idOf(ArrayList.class));
  }

  /** Known answers of the id function, computed independently of this code. */
  @Test
  void applicationClass_takesThousandPlusTheLow28BitsOfTheMixedFnv1aHashOfItsName() {
    assertEquals(70451662, Samples.table().idOf(Point.class));
    assertEquals(70451662, TypeTable.applicationId("io.proxima.runtime.internal.wire.Samples$Point"));
    assertEquals(15272753, TypeTable.applicationId("java.time.ZoneRegion"));
    assertEquals(176585251, TypeTable.applicationId("\u00e9"), "hashed as UTF-8");
  }

  @Test
  void applicationIds_doNotDependOnWhichOtherClassesTheTableKnows() {
    TypeTable small = new TypeTable(List.of(), Set.of(Point.class));
    TypeTable large = Samples.table();

    assertEquals(large.idOf(Point.class), small.idOf(Point.class));
    assertEquals(-1, small.idOf(Color.class));
  }

  @Test
  void twoClassesWithTheSameHash_failConstructionNamingBothAndTheRemedy() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TypeTable(
        List.of(Samples.descriptor(List.of(Point.class, Empty.class))), Set.of(),
        name -> name.startsWith(Samples.class.getName()) ? 42 : name.hashCode()));

    assertTrue(e.getMessage().contains(Point.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(Empty.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("rename one of them"), e.getMessage());
  }

  @Test
  void jdkClassWithoutWireEncoding_isRefusedWhenAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TypeTable(List.of(), Set.of(AtomicLong.class)));

    assertTrue(e.getMessage().contains("java.util.concurrent.atomic.AtomicLong"), e.getMessage());
    assertTrue(e.getMessage().contains("WireTypes.CONCRETE"), e.getMessage());
  }

  @Test
  void isAllowed_acceptsTableClassesAndRefusesOthers() {
    TypeTable table = Samples.table();

    assertTrue(table.isAllowed(int.class));
    assertTrue(table.isAllowed(Integer.class));
    assertTrue(table.isAllowed(String.class));
    assertTrue(table.isAllowed(ArrayList.class));
    assertTrue(table.isAllowed(Point.class));
    assertTrue(table.isAllowed(Op.PLUS.getClass()), "an enum constant with a body travels as its enum");
    assertTrue(table.isAllowed(AccountLockedException.class));
    assertFalse(table.isAllowed(Secret.class));
    assertFalse(table.isAllowed(Samples.SecretException.class));
    assertFalse(table.isAllowed(Thread.class));
  }

  @Test
  void exceptionsInterfacesAndAbstractClasses_getNoRegistration() {
    TypeTable table = new TypeTable(List.of(Samples.descriptor(List.of(Runnable.class, Number.class,
        AccountLockedException.class))), Set.of());

    assertEquals(-1, table.idOf(Runnable.class));
    assertEquals(-1, table.idOf(Number.class));
    assertEquals(-1, table.idOf(AccountLockedException.class));
    assertTrue(table.isAllowed(AccountLockedException.class));
  }

  @Test
  void arrayOfApplicationClass_registersTheArrayAndItsComponent() {
    TypeTable table = new TypeTable(List.of(), Set.of(Point[].class));

    assertEquals(TypeTable.applicationId(Point[].class.getName()), table.idOf(Point[].class));
    assertEquals(TypeTable.applicationId(Point.class.getName()), table.idOf(Point.class));
  }
}
