package io.powermap.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (session cookies, API tokens, generated passwords) and the hash they are stored under. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** 256 random bits, URL-safe, with a prefix saying what it is ({@code pms_} session, {@code pmt_} token). */
    public static String secret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A password for the first admin: 20 characters from four kinds, so it meets the policy. */
    public static String password() {
        String lower = "abcdefghijkmnopqrstuvwxyz";
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        String all = lower + upper + digits + "-_.";
        StringBuilder sb = new StringBuilder();
        sb.append(lower.charAt(RANDOM.nextInt(lower.length())));
        sb.append(upper.charAt(RANDOM.nextInt(upper.length())));
        sb.append(digits.charAt(RANDOM.nextInt(digits.length())));
        while (sb.length() < 20) {
            sb.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        return sb.toString();
    }

    /** SHA-256 hex: secrets are 256 random bits, so a fast hash is enough to make a stolen table useless. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
