package io.taskguard.adapter.rest.operator;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A response that another servlet writes into memory: its status, content type and body are kept,
 * and nothing reaches the client, neither its headers nor its cookies. {@link MetricsResource}
 * answers with what it keeps.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final ServletOutputStream stream =
      new ServletOutputStream() {
        @Override
        public void write(int b) {
          body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
          body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("the body is kept in memory");
        }
      };
  private PrintWriter writer;
  private int status = SC_OK;
  private String contentType;

  CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  int status() {
    return status;
  }

  Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  @Override
  public ServletOutputStream getOutputStream() {
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }
    return writer;
  }

  @Override
  public void setStatus(int status) {
    this.status = status;
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void sendError(int status) {
    this.status = status;
  }

  @Override
  public void sendError(int status, String message) {
    this.status = status;
  }

  @Override
  public void sendRedirect(String location) {
    this.status = SC_FOUND;
  }

  @Override
  public void setContentType(String type) {
    this.contentType = type;
  }

  @Override
  public String getContentType() {
    return contentType;
  }

  @Override
  public void setCharacterEncoding(String charset) {
    // the body is passed on as bytes, with the content type it was given
  }

  @Override
  public void setContentLength(int length) {
    // the answer's length is that of the body kept
  }

  @Override
  public void setContentLengthLong(long length) {
    // the answer's length is that of the body kept
  }

  @Override
  public void setHeader(String name, String value) {
    // none of the other servlet's headers reaches the client
  }

  @Override
  public void addHeader(String name, String value) {
    // none of the other servlet's headers reaches the client
  }

  @Override
  public void setIntHeader(String name, int value) {
    // none of the other servlet's headers reaches the client
  }

  @Override
  public void addIntHeader(String name, int value) {
    // none of the other servlet's headers reaches the client
  }

  @Override
  public void setDateHeader(String name, long date) {
    // none of the other servlet's headers reaches the client
  }

  @Override
  public void addDateHeader(String name, long date) {
    // none of the other servlet's headers reaches the client
  }

  @Override
  public void addCookie(Cookie cookie) {
    // nor any of its cookies
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void reset() {
    resetBuffer();
    status = SC_OK;
    contentType = null;
  }

  @Override
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
    }
    body.reset();
  }
}
