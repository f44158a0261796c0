// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.MalformedInputException;

/**
 * Decodes bytes strictly: bytes that are not text of the charset are an error, never replaced.
 * Unlike {@link java.io.InputStreamReader}, every character decoded before a malformed sequence is
 * delivered first, and the error comes with the next read, so a reader of lines loses none of
 * the good lines before it.
 */
final class DecodingReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private boolean eof;
  private boolean flushed;
  private CoderResult pendingError;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder();
    bytes.flip();
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pendingError != null) {
      throw new MalformedInputException(pendingError.length());
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (out.position() > off) {
          pendingError = r;
          return out.position() - off;
        }
        throw new MalformedInputException(r.length());
      }
      if (r.isOverflow() || out.position() > off && !eof && bytes.remaining() == 0) {
        return out.position() - off;
      }
      if (eof) {
        if (!flushed) {
          CoderResult f = decoder.flush(out);
          if (f.isOverflow()) {
            return out.position() - off;
          }
          flushed = true;
        }
        return out.position() > off ? out.position() - off : -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
