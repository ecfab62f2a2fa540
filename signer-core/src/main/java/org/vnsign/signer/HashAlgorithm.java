/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** Digest over the signed attributes and the document. SHA-256 is the default; 384 and 512 for policies that ask. */
public enum HashAlgorithm {
    SHA256("SHA-256", 32),
    SHA384("SHA-384", 48),
    SHA512("SHA-512", 64);

    private final String jcaName;
    private final int length;

    HashAlgorithm(String jcaName, int length) {
        this.jcaName = jcaName;
        this.length = length;
    }

    /** The JCA {@link java.security.MessageDigest} name, which is also the name iText expects. */
    public String jcaName() {
        return jcaName;
    }

    /** Output length in bytes. */
    public int length() {
        return length;
    }
}
