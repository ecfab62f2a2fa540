/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.HexFormat;

/** Digest algorithms a signature can be made over, with the DER DigestInfo prefix of RFC 8017 §9.2. */
public enum DigestAlgorithm {
    SHA256("SHA-256", 32, "3031300d060960864801650304020105000420"),
    SHA384("SHA-384", 48, "3041300d060960864801650304020205000430"),
    SHA512("SHA-512", 64, "3051300d060960864801650304020305000440");

    private final String jcaName;
    private final int length;
    private final byte[] digestInfoPrefix;

    DigestAlgorithm(String jcaName, int length, String digestInfoPrefixHex) {
        this.jcaName = jcaName;
        this.length = length;
        this.digestInfoPrefix = HexFormat.of().parseHex(digestInfoPrefixHex);
    }

    /** The JCA {@link java.security.MessageDigest} name. */
    public String jcaName() {
        return jcaName;
    }

    /** Output length in bytes. */
    public int length() {
        return length;
    }

    /** DER {@code DigestInfo} for RSA PKCS#1 v1.5: the fixed prefix followed by the digest. */
    public byte[] digestInfo(byte[] digest) {
        byte[] info = new byte[digestInfoPrefix.length + digest.length];
        System.arraycopy(digestInfoPrefix, 0, info, 0, digestInfoPrefix.length);
        System.arraycopy(digest, 0, info, digestInfoPrefix.length, digest.length);
        return info;
    }
}
