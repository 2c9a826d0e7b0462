package fi.kuntakokeilu.organisations.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashes with PBKDF2-HMAC-SHA512 (OWASP's 2023 advice: 210,000 iterations), through the
 * container's {@link Pbkdf2PasswordHash}.
 *
 * <p>A deliberately slow hash on every API call would spend most of a server's CPU on checking
 * passwords, because HTTP Basic sends the password with each request. So a password once verified
 * against a stored hash is remembered for a few minutes as an HMAC under a key that never leaves
 * this process's memory. The stored hash is part of what is remembered, so a changed password
 * invalidates the memory at once.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "organisations.password.iterations", defaultValue = "210000")
    int iterations;

    @Inject
    @ConfigProperty(name = "organisations.password.remember-verified", defaultValue = "PT5M")
    Duration rememberVerified;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final byte[] memoryKey = new byte[32];
    private String dummyHash;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        new SecureRandom().nextBytes(memoryKey);
        dummyHash = pbkdf2.generate("not a password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        String memory = memoryOf(password, storedHash);
        Instant until = verified.get(memory);
        if (until != null && until.isAfter(Instant.now())) {
            return true;
        }
        boolean ok = pbkdf2.verify(password.toCharArray(), storedHash);
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(memory, Instant.now().plus(rememberVerified));
        }
        return ok;
    }

    /** Spends the same time as a real check, so an unknown user name cannot be told by the answer's speed. */
    public void verifyNothing(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }

    private String memoryOf(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(memoryKey, "HmacSHA256"));
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
