package io.taskguard.adapter.mail;

/**
 * One short mail as plain text and as HTML: a greeting, what happened, an optional link, and what
 * to do if it was not you. Everything in the HTML is escaped.
 */
record MailText(String plain, String html) {

  static MailText of(String greeting, String body, String link, String closing) {
    StringBuilder plain = new StringBuilder();
    plain.append(greeting).append("\n\n").append(body).append("\n\n");
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">")
        .append("<p>")
        .append(escape(greeting))
        .append("</p><p>")
        .append(escape(body))
        .append("</p>");
    if (link != null) {
      plain.append(link).append("\n\n");
      html.append("<p><a href=\"")
          .append(escape(link))
          .append("\">")
          .append(escape(link))
          .append("</a></p>");
    }
    plain.append(closing).append("\n\n-- taskguard\n");
    html.append("<p>").append(escape(closing)).append("</p><p>-- taskguard</p></body></html>");
    return new MailText(plain.toString(), html.toString());
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
