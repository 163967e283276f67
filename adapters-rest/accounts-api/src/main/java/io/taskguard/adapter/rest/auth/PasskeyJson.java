package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.out.PasskeyStore.Passkey;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Base64;

/**
 * A passkey as Better Auth's passkey plugin shows one (without the public key), and its last use.
 */
final class PasskeyJson {

  private PasskeyJson() {}

  static JsonObject of(Passkey passkey) {
    JsonArrayBuilder transports = JsonFactories.array();
    passkey.transports().forEach(transports::add);
    return JsonFactories.object()
        .add("id", passkey.id())
        .add("name", passkey.name())
        .add("userId", passkey.userId().value())
        .add(
            "credentialID",
            Base64.getUrlEncoder().withoutPadding().encodeToString(passkey.credentialId()))
        .add("counter", passkey.signCount())
        .add("deviceType", passkey.multiDevice() ? "multiDevice" : "singleDevice")
        .add("backedUp", passkey.backedUp())
        .add("transports", transports)
        .add("aaguid", passkey.aaguid())
        .add("createdAt", AuthResponses.instant(passkey.createdAt()))
        .add(
            "lastUsedAt",
            passkey.lastUsedAt() == null
                ? JsonValue.NULL
                : JsonFactories.string(AuthResponses.instant(passkey.lastUsedAt())))
        .build();
  }
}
