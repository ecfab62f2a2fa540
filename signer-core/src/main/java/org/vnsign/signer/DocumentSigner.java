/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * Signs PDF documents in two calls, around the signature value source: {@link #plan} checks the
 * document and fixes the layout without touching any key; {@link #sign} prepares the revision,
 * digests it, asks the source for the value once and writes the file.
 *
 * <p>Every signature is an incremental update: earlier revisions and signatures are kept byte for
 * byte. Thread-safe: one instance may sign several files at once.
 */
public interface DocumentSigner {
    /**
     * The document checks alone, without a certificate: the output may be written, the file is a
     * sound PDF that opens with the given password, no certification forbids the change, the images
     * load. A caller runs it for every file before opening the token, so that a refused file never
     * costs a PIN entry.
     */
    void check(SigningRequest request) throws SignerException;

    /**
     * Opens the input and checks everything that can be checked before a PIN is asked: the file is a
     * sound PDF, it opens with the given password, no certification forbids the change, the output
     * may be written, the images load, the automatic placement finds its place. The identity's
     * certificate is needed here because the appearance prints its name and the reserved space
     * depends on its chain; certificates are public on tokens, so no PIN is needed yet.
     */
    SigningPlan plan(SigningRequest request, SignerIdentity identity) throws SignerException;

    /** Signs a plan: the file at {@code plan.request().output()} appears complete or not at all. */
    SignResult sign(SigningPlan plan, SignatureValueSource source) throws SignerException;
}
