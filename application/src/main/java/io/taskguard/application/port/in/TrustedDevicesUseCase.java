package io.taskguard.application.port.in;

import io.taskguard.application.port.out.TrustedDevices.TrustedDevice;
import java.util.List;

/** The devices a signed-in person trusts to skip the second factor: list them, forget one. */
public interface TrustedDevicesUseCase {

  List<TrustedDevice> list(String sessionToken);

  /** Forgets the caller's device {@code id}. */
  void forget(String sessionToken, String id, ClientInfo client);
}
