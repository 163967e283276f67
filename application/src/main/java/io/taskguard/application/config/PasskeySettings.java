package io.taskguard.application.config;

import java.util.Objects;
import java.util.Set;

/**
 * The relying party that passkeys are made for: its ID (a domain; a passkey works only there), the
 * name authenticators show, and the web origins whose pages may run the ceremonies. By default the
 * ID is the public base URL's host and the one origin is the base URL's.
 */
public record PasskeySettings(String rpId, String rpName, Set<String> origins) {

  public PasskeySettings {
    Objects.requireNonNull(rpId, "rpId");
    Objects.requireNonNull(rpName, "rpName");
    origins = Set.copyOf(origins);
    if (rpId.isBlank() || origins.isEmpty()) {
      throw new IllegalArgumentException("a relying-party ID and at least one origin are needed");
    }
  }
}
