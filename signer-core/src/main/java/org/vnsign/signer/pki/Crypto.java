/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.pki;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider the verifier names explicitly, rather than whatever the JVM's
 * provider list offers: the JDK's providers lack Brainpool curves and some RSASSA-PSS parameter
 * sets, and a verdict must not depend on which providers another part of the process registered.
 * One instance: building a provider takes tens of milliseconds.
 */
public final class Crypto {
    public static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private Crypto() {}
}
