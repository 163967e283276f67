package io.taskguard.application.port.in;

import io.taskguard.application.port.out.PasskeyStore.Passkey;
import java.util.List;

/** A signed-in person's passkeys: list, rename, remove (removing is audited and mailed). */
public interface PasskeysUseCase {

  List<Passkey> list(String sessionToken);

  Passkey rename(String sessionToken, String id, String name);

  void remove(String sessionToken, String id, ClientInfo client);
}
