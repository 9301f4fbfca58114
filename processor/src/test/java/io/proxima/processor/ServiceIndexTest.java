package io.proxima.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ServiceIndexTest {

  @Test
  void parse_ignoresCommentsAndBlankLines() throws IOException {
    SortedSet<String> names = ServiceIndex.parse(new StringReader("""
        # written by an earlier build
        com.acme.Zebra_Descriptor

          com.acme.Account_Descriptor  # trailing comment
        """));

    assertEquals(new TreeSet<>(List.of("com.acme.Account_Descriptor", "com.acme.Zebra_Descriptor")), names);
  }

  @Test
  void render_writesOneSortedNamePerLine() {
    SortedSet<String> names = new TreeSet<>(List.of("b.B_Descriptor", "a.A_Descriptor"));

    assertEquals("a.A_Descriptor\nb.B_Descriptor\n", ServiceIndex.render(names));
  }
}
