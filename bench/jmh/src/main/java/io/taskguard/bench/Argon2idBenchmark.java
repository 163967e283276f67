package io.taskguard.bench;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One argon2id hash at the OWASP parameters taskguard uses (m=19456 KiB, t=2, p=1, 16-byte salt,
 * 32-byte output) in each candidate library, so the choice rests on numbers from this machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Argon2idBenchmark {

  static final int MEMORY_KIB = 19456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private final SecureRandom random = new SecureRandom();
  private final String password = "correct horse battery staple";
  private final byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
  private Argon2Function password4j;
  private Argon2Advanced argon2Jvm;

  @Setup
  public void setUp() {
    password4j =
        Argon2Function.getInstance(
            MEMORY_KIB,
            ITERATIONS,
            PARALLELISM,
            HASH_BYTES,
            Argon2.ID,
            Argon2Function.ARGON2_VERSION_13);
    argon2Jvm =
        Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
  }

  private byte[] salt() {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return salt;
  }

  @Benchmark
  public String password4j() {
    return password4j.hash(passwordBytes, salt()).getResult();
  }

  @Benchmark
  public String argon2JvmNative() {
    return argon2Jvm.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, password.toCharArray());
  }

  @Benchmark
  public byte[] bouncyCastle() {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(MEMORY_KIB)
            .withIterations(ITERATIONS)
            .withParallelism(PARALLELISM)
            .withSalt(salt())
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] hash = new byte[HASH_BYTES];
    generator.generateBytes(passwordBytes, hash);
    return hash;
  }
}
