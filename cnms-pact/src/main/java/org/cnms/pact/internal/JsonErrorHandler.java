// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it refuses before the API sees it (a malformed path, a header too
 * large …) as the PACT error response, {@code {"code": …, "message": …}} in JSON, instead of
 * Jetty's HTML page; never a stack trace.
 */
public final class JsonErrorHandler extends ErrorHandler {

  /** The PACT error code of an HTTP status. */
  public static String code(int status) {
    return switch (status) {
      case 401 -> "TokenExpired";
      case 403 -> "AccessDenied";
      case 404 -> "NotFound";
      case 501 -> "NotImplemented";
      default -> status >= 500 ? "InternalError" : "BadRequest";
    };
  }

  @Override
  protected void generateResponse(Request request, Response response, int code,
      String message, Throwable cause, Callback callback) throws IOException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("code", code(code));
    body.put("message", HttpStatus.getMessage(code));
    response.setStatus(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)),
        callback);
  }
}
