// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict decoder under the CSV reader: characters in order, then the first bad byte. */
class DecodingReaderTest {

  private static DecodingReader reader(byte[] bytes, Charset cs) {
    return new DecodingReader(new ByteArrayInputStream(bytes), cs);
  }

  private static byte[] concat(byte[] a, int... b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(a);
    for (int x : b) {
      o.write(x);
    }
    return o.toByteArray();
  }

  @Test
  void charactersComeOneAtATimeAndThenTheEnd() throws IOException {
    DecodingReader r = reader("a€b".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    char[] one = new char[1];
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      assertEquals(1, r.read(one, 0, 1));
      b.append(one[0]);
    }
    assertEquals("a€b", b.toString());
    assertEquals(-1, r.read(one, 0, 1));
    assertEquals(0, r.read(one, 0, 0));
  }

  @Test
  void aReadAtAnOffsetCountsOnlyTheCharactersItPutThere() throws IOException {
    DecodingReader r = reader("xy".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    char[] buf = new char[12];
    assertEquals(2, r.read(buf, 3, 9));
    assertArrayEquals(new char[] {0, 0, 0, 'x', 'y', 0}, java.util.Arrays.copyOf(buf, 6));
    assertEquals(-1, r.read(buf, 3, 9));
  }

  @Test
  void theGoodCharactersBeforeABadByteAreReadFirst() throws IOException {
    DecodingReader r = reader(concat("ok".getBytes(StandardCharsets.UTF_8), 0xFF, 'z'),
        StandardCharsets.UTF_8);
    char[] buf = new char[10];
    assertEquals(2, r.read(buf, 1, 9));
    assertEquals("ok", new String(buf, 1, 2));
    assertThrows(MalformedInputException.class, () -> r.read(buf, 0, 10));
    assertThrows(MalformedInputException.class, () -> r.read(buf, 0, 10));
  }

  @Test
  void aBadFirstByteIsAnErrorAtOnceNotAnEmptyRead() {
    DecodingReader r = reader(new byte[] {(byte) 0xFF, 'a'}, StandardCharsets.UTF_8);
    assertThrows(MalformedInputException.class, () -> r.read(new char[4], 0, 4));
  }

  @Test
  void aCharacterCutOffByTheEndIsAnErrorAfterTheCharactersBefore() throws IOException {
    DecodingReader r = reader(concat("a".getBytes(StandardCharsets.UTF_8), 0xE4, 0xB8),
        StandardCharsets.UTF_8);
    char[] buf = new char[4];
    assertEquals(1, r.read(buf, 0, 4));
    assertEquals('a', buf[0]);
    assertThrows(MalformedInputException.class, () -> r.read(buf, 0, 4));
  }

  @Test
  void aLongGb18030TextIsReadWholeAcrossTheBuffer() throws IOException {
    Charset gb = Charset.forName("GB18030");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("吨").append(i % 10);
    }
    DecodingReader r = reader(text.toString().getBytes(gb), gb);
    StringBuilder read = new StringBuilder();
    char[] buf = new char[777];
    for (int n; (n = r.read(buf, 0, buf.length)) != -1; ) {
      assertTrue(n > 0);
      read.append(buf, 0, n);
    }
    assertEquals(text.toString(), read.toString());
  }

  @Test
  void closingTheReaderClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[] {'a'}) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new DecodingReader(in, StandardCharsets.UTF_8).close();
    assertTrue(closed[0]);
  }
}
