package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringTableTest {

  @Test
  void aStringEqualToAnEarlierOne_getsItsIndex_andNewStringsTheNextIndexes() {
    StringTable table = new StringTable();

    assertEquals(-1, table.indexOf("Ada"));
    assertEquals(-1, table.indexOf("London"));
    assertEquals(0, table.indexOf(new String("Ada".toCharArray())));
    assertEquals(1, table.indexOf("London"));
    assertEquals(-1, table.indexOf("Lovelace"));
    assertEquals(2, table.indexOf("Lovelace"));
  }

  @Test
  void collidingStrings_eachKeepTheirOwnIndex() {
    StringTable table = new StringTable();
    // "Aa" and "BB" have the same hash code, so they probe the same slot.
    assertEquals("Aa".hashCode(), "BB".hashCode());

    assertEquals(-1, table.indexOf("Aa"));
    assertEquals(-1, table.indexOf("BB"));
    assertEquals(1, table.indexOf("BB"));
    assertEquals(0, table.indexOf("Aa"));
  }

  @Test
  void pastTheSharedCount_newStringsTakeNoIndex() {
    StringTable table = new StringTable();
    for (int i = 0; i < StringTable.SHARED; i++) {
      assertEquals(-1, table.indexOf("s" + i));
    }

    assertEquals(-1, table.indexOf("one too many"));
    assertEquals(-1, table.indexOf("one too many"));
    assertEquals(StringTable.SHARED - 1, table.indexOf("s" + (StringTable.SHARED - 1)));
  }

  @Test
  void afterClear_noEarlierStringIsFound_andIndexesStartAgainAtZero() {
    StringTable table = new StringTable();
    for (int i = 0; i < StringTable.SHARED + 10; i++) {
      table.indexOf("s" + i);
    }

    table.clear();

    assertEquals(-1, table.indexOf("s5"));
    assertEquals(-1, table.indexOf("s0"));
    assertEquals(0, table.indexOf("s5"));
    assertEquals(1, table.indexOf("s0"));
  }
}
