package io.taskguard.application.port.in;

import java.util.Objects;

/** An action by the holder of {@code sessionToken}, confirmed by the account's password. */
public record PasswordConfirmedCommand(String sessionToken, String password, ClientInfo client) {

  public PasswordConfirmedCommand {
    Objects.requireNonNull(client, "client");
  }

  @Override
  public String toString() {
    return "PasswordConfirmedCommand[client=" + client + "]";
  }
}
