package io.taskguard.adapter.rest.auth;

import io.nayuki.qrcodegen.QrCode;
import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;

/**
 * The QR code of an {@code otpauth://} URI as rows of {@code 0} and {@code 1} (dark) modules, which
 * the web UI draws itself: the secret never leaves this server for a QR service, and the page needs
 * no image that its Content-Security-Policy would have to allow.
 */
final class QrCodes {

  private QrCodes() {}

  static JsonArray modules(String text) {
    QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    JsonArrayBuilder rows = JsonFactories.array();
    for (int y = 0; y < code.size; y++) {
      StringBuilder row = new StringBuilder(code.size);
      for (int x = 0; x < code.size; x++) {
        row.append(code.getModule(x, y) ? '1' : '0');
      }
      rows.add(row.toString());
    }
    return rows.build();
  }
}
