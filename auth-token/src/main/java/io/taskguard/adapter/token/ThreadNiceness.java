package io.taskguard.adapter.token;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.function.IntSupplier;
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
  private static final int SCHED_IDLE = 5;
  private static volatile boolean warned;

  /** The slice of the C library this needs. */
  interface CLibrary extends Library {
    int setpriority(int which, int who, int prio);

    int getpriority(int which, int who);

    /** {@code param} is {@code struct sched_param}: one int, the static priority (0 here). */
    int sched_setscheduler(int pid, int policy, int[] param);

    int sched_getscheduler(int pid);
  }

  private ThreadNiceness() {}

  static void lowerCurrentThread(int niceness) {
    if (niceness > 0) {
      call("setpriority", "priority", () -> Holder.C.setpriority(PRIO_PROCESS, 0, niceness));
    }
  }

  /**
   * Puts the calling thread under Linux's {@code SCHED_IDLE} policy: it runs only on CPU time that
   * no normal thread wants, and a waking normal thread preempts it at once. Any thread may choose
   * it without privileges. Where it fails, the thread keeps its policy and a line is logged once.
   */
  static void idleCurrentThread() {
    call(
        "sched_setscheduler",
        "policy",
        () -> Holder.C.sched_setscheduler(0, SCHED_IDLE, new int[] {0}));
  }

  /** Calls the C library on Linux; a failure leaves the thread as it was and is logged once. */
  private static void call(String function, String kept, IntSupplier call) {
    try {
      if (!Platform.isLinux()) {
        throw new UnsupportedOperationException(function + " per thread is Linux's");
      }
      if (call.getAsInt() != 0) {
        throw new IllegalStateException(function + " failed, errno " + Native.getLastError());
      }
    } catch (RuntimeException | LinkageError e) {
      if (!warned) {
        warned = true;
        LOG.log(
            Level.INFO, "password hashing threads keep the normal " + kept + ": {0}", e.toString());
      }
    }
  }

  /** Whether the calling thread runs under {@code SCHED_IDLE} (Linux), for tests. */
  static boolean currentThreadIsIdle() {
    return Holder.C.sched_getscheduler(0) == SCHED_IDLE;
  }

  /** The nice value of the calling thread (Linux), for tests. */
  static int currentThread() {
    return Holder.C.getpriority(PRIO_PROCESS, 0);
  }

  private static final class Holder {
    static final CLibrary C = Native.load("c", CLibrary.class);
  }
}
