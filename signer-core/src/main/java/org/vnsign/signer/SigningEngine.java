/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.time.Clock;

/**
 * The implementation behind {@link DocumentSigners}, found through {@link java.util.ServiceLoader}
 * so that this API package never names it: the PDF library it uses can change without a caller or
 * this package noticing, and the package graph keeps its arrows pointing one way.
 */
public interface SigningEngine {
    /** A signer printing {@code clock}'s time and reaching servers as {@code network} says. */
    DocumentSigner signer(Clock clock, NetworkSettings network);

    /** An extender to B-LT and B-LTA reaching servers as {@code network} says. */
    DocumentExtender extender(NetworkSettings network);
}
