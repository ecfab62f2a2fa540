/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** What went wrong, for the UI to translate; the exception's message is technical English for logs. */
public enum SignerError {
    /** The input is not a PDF or its structure is broken; nothing was written. */
    PDF_DAMAGED,
    /** The PDF is encrypted and no password was given. */
    PDF_PASSWORD_REQUIRED,
    /** The given password does not open the PDF. */
    PDF_PASSWORD_INCORRECT,
    /**
     * The PDF is encrypted for the holders of certain certificates (public-key security, PDF 2.0),
     * not with a password: it is intact, VNSign cannot decrypt it.
     */
    PDF_ENCRYPTED_FOR_CERTIFICATE,
    /** The PDF opens with the user password but changes need the owner password. */
    PDF_OWNER_PASSWORD_REQUIRED,
    /** A certification signature forbids any change (DocMDP P=1). */
    PDF_CERTIFIED_NO_CHANGES,
    /** A certification signature allows signing but not the initial marks (DocMDP P=2 forbids page marks). */
    PDF_CERTIFIED_NO_MARKS,
    /** The signature field to fill is locked by an earlier signature (FieldMDP). */
    PDF_FIELD_LOCKED,
    /** A page number is outside the document. */
    PAGE_OUT_OF_RANGE,
    /** The visible signature would go on a page turned sideways (/Rotate), which is not supported yet. */
    /** Automatic placement found no place (name, title, or earlier approval signature not found). */
    PLACEMENT_NOT_FOUND,
    /** The appearance needs an image the profile does not have (the seal, for an issuing signature). */
    IMAGE_MISSING,
    /** An image (signature, seal, initial) cannot be read. */
    IMAGE_UNREADABLE,
    /** The output file exists and overwriting was not asked for. */
    OUTPUT_EXISTS,
    /** The output would replace the input file. */
    OUTPUT_IS_INPUT,
    /** The input or output file cannot be read or written. */
    FILE_ACCESS,
    /** The key type or mechanism is not supported, or does not fit the certificate. */
    KEY_UNSUPPORTED,
    /** The signature value source failed (wrong PIN, token removed...); the cause tells. */
    SIGNATURE_VALUE_FAILED,
    /** The signature value does not verify with the certificate: wrong key or broken token. */
    SIGNATURE_VALUE_INVALID,
    /** A level above B-B was asked with the network switched off. */
    OFFLINE,
    /** A time-stamp is needed and no time-stamping server is configured for this certificate. */
    NO_TIMESTAMP_SERVER,
    /** No configured time-stamping server gave a valid time-stamp; the message lists each server's failure. */
    TIMESTAMP_FAILED,
    /** The revocation status of a certificate could not be fetched from any of its OCSP or CRL servers. */
    REVOCATION_UNAVAILABLE,
    /** A certificate of the chain is revoked: signing with it would give an invalid signature. */
    CERTIFICATE_REVOKED,
    /** An issuer certificate needed for the long-term data is neither in the file nor reachable. */
    CHAIN_INCOMPLETE,
    /** The file has no signature to extend. */
    NOTHING_TO_EXTEND,
    /** A file given as a trusted certificate is not a certificate (PEM or DER), or cannot be read. */
    TRUST_UNREADABLE,
    /** The file has no signature with the number asked for. */
    NO_SUCH_SIGNATURE
}
