package io.taskguard.application.port.in;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.policy.TextPolicy;
import java.util.Objects;

/** Sign-up: a new account with email and password, signed in at once. */
public interface RegisterUserUseCase {

  SignedIn register(Command command);

  /** What a sign-up asks for; the name is required (it may be empty), the image optional. */
  record Command(String email, String password, String name, String image, ClientInfo client) {

    public static final int MAX_NAME = 200;
    public static final int MAX_IMAGE = 2048;

    public Command {
      Objects.requireNonNull(client, "client");
      if (email == null || password == null || name == null) {
        throw new DomainException.InvalidInput(
            "VALIDATION_ERROR", "email, password and name are required");
      }
      name = name.strip();
      if (name.length() > MAX_NAME) {
        throw new DomainException.InvalidInput("VALIDATION_ERROR", "Name is too long");
      }
      if (!TextPolicy.isStorable(name) || (image != null && !TextPolicy.isStorable(image))) {
        throw new DomainException.InvalidInput(
            "VALIDATION_ERROR", "Name and image must not contain U+0000 or unpaired surrogates");
      }
      if (!TextPolicy.isPlainLabel(name)) {
        throw new DomainException.InvalidInput(
            "VALIDATION_ERROR", "Name must not contain bidirectional control characters");
      }
      if (!TextPolicy.isStorable(password)) {
        throw new DomainException.InvalidInput(
            "VALIDATION_ERROR", "Password must not contain unpaired surrogates or U+0000");
      }
      if (image != null && image.length() > MAX_IMAGE) {
        throw new DomainException.InvalidInput("VALIDATION_ERROR", "Image URL is too long");
      }
    }

    @Override
    public String toString() {
      return "RegisterUserUseCase.Command[client=" + client + "]";
    }
  }
}
