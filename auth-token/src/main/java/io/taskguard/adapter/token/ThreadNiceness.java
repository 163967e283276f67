package io.taskguard.adapter.token;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the operating-system priority (raises the nice value) of the calling thread, through the C
 * library's {@code setpriority} (JNA, which argon2-jvm already loads). On Linux the nice value
 * belongs to each thread, and any thread may lower its own priority without privileges. Elsewhere,
 * or where the call fails, the thread keeps its priority and a line is logged once.
 */
final class ThreadNiceness {

  private static final Logger LOG = Logger.getLogger(ThreadNiceness.class.getName());
  private static final int PRIO_PROCESS = 0;
  private static volatile boolean warned;

  /** The slice of the C library this needs. */
  interface CLibrary extends Library {
    int setpriority(int which, int who, int prio);

    int getpriority(int which, int who);
  }

  private ThreadNiceness() {}

  static void lowerCurrentThread(int niceness) {
    if (niceness <= 0) {
      return;
    }
    try {
      if (!Platform.isLinux()) {
        throw new UnsupportedOperationException("per-thread nice values are Linux's");
      }
      if (Holder.C.setpriority(PRIO_PROCESS, 0, niceness) != 0) {
        throw new IllegalStateException("setpriority failed, errno " + Native.getLastError());
      }
    } catch (RuntimeException | LinkageError e) {
      if (!warned) {
        warned = true;
        LOG.log(Level.INFO, "password hashing threads keep the normal priority: {0}", e.toString());
      }
    }
  }

  /** The nice value of the calling thread (Linux), for tests. */
  static int currentThread() {
    return Holder.C.getpriority(PRIO_PROCESS, 0);
  }

  private static final class Holder {
    static final CLibrary C = Native.load("c", CLibrary.class);
  }
}
