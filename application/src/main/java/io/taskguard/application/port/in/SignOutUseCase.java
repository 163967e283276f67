package io.taskguard.application.port.in;

/** Signing out: the session ends, with every JWT issued under it. */
public interface SignOutUseCase {

  /** Ends the token's session and every JWT issued under it; unknown tokens are ignored. */
  void signOut(String sessionToken, ClientInfo client);
}
