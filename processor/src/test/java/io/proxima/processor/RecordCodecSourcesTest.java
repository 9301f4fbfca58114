package io.proxima.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.generatedSource;
import static io.proxima.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The codecs the processor writes for records that travel by value. */
class RecordCodecSourcesTest {

  @Test
  void everyRecordWithoutTypeParameters_getsACodec_andOtherValueTypesDoNot() {
    Compilation compilation = compile(source("com.acme.Shop", """
        package com.acme;

        import java.util.List;

        @io.proxima.Remote
        public interface Shop {
          Order place(Order order);
          Page<String> page();
          Note note();
          Odd odd();

          enum Status { OPEN, CLOSED }

          record Line(String sku, int count) {}

          record Order(long id, String customer, int[] quantities, List<Line> lines, Line first, Status status) {}

          record Page<T>(List<T> items) {}

          record Odd(int in, String value) {
            Odd(String value, int in) {
              this(in, value);
            }
          }

          final class Note {
            String text;
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    String descriptor = generatedSource(compilation, "com.acme.Shop_Descriptor");
    assertThat(descriptor).contains("return List.of(new Shop_LineCodec(), new Shop_OddCodec(), new Shop_OrderCodec());");
    assertThat(descriptor).doesNotContain("PageCodec");
    assertThat(descriptor).doesNotContain("NoteCodec");
    assertThat(descriptor).doesNotContain("StatusCodec");
    assertThat(descriptor).contains("""
            @Override
            public void write(ValueWriter out, Shop.Order value) {
              out.writeLong(value.id());
              out.writeObject(value.customer(), String.class);
              out.writeObject(value.quantities(), int[].class);
              out.writeObject(value.lines(), List.class);
              out.writeObject(value.first(), Shop.Line.class);
              out.writeObject(value.status(), Shop.Status.class);
            }

            @Override
            public Shop.Order read(ValueReader in) {
              long id = in.readLong();
              String customer = in.readObject(String.class);
              int[] quantities = in.readObject(int[].class);
              List<Shop.Line> lines = in.readObject(List.class);
              Shop.Line first = in.readObject(Shop.Line.class);
              Shop.Status status = in.readObject(Shop.Status.class);
              return new Shop.Order(id, customer, quantities, lines, first, status);
            }
        """);
    assertThat(descriptor).contains("""
              int in_ = in.readInt();
              String value = in.readObject(String.class);
              return new Shop.Odd(in_, value);
        """);
  }
}
