/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/** What went wrong, for the UI to translate; the exception's message is technical English for logs. */
public enum SignerError {
    /** The input is not a PDF or its structure is broken; nothing was written. */
    PDF_DAMAGED(Category.DOCUMENT),
    /** The PDF is encrypted and no password was given. */
    PDF_PASSWORD_REQUIRED(Category.DOCUMENT),
    /** The given password does not open the PDF. */
    PDF_PASSWORD_INCORRECT(Category.DOCUMENT),
    /**
     * The PDF is encrypted for the holders of certain certificates (public-key security, PDF 2.0),
     * not with a password: it is intact, VNSign cannot decrypt it.
     */
    PDF_ENCRYPTED_FOR_CERTIFICATE(Category.DOCUMENT),
    /** The PDF opens with the user password but changes need the owner password. */
    PDF_OWNER_PASSWORD_REQUIRED(Category.DOCUMENT),
    /** A certification signature forbids any change (DocMDP P=1). */
    PDF_CERTIFIED_NO_CHANGES(Category.DOCUMENT),
    /** A certification signature allows signing but not the initial marks (DocMDP P=2 forbids page marks). */
    PDF_CERTIFIED_NO_MARKS(Category.DOCUMENT),
    /** The signature field to fill is locked by an earlier signature (FieldMDP). */
    PDF_FIELD_LOCKED(Category.DOCUMENT),
    /** A page number is outside the document. */
    PAGE_OUT_OF_RANGE(Category.REQUEST),
    /** Automatic placement found no place (name, title, or earlier approval signature not found). */
    PLACEMENT_NOT_FOUND(Category.REQUEST),
    /** The appearance needs an image the profile does not have (the seal, for an issuing signature). */
    IMAGE_MISSING(Category.PROFILE),
    /** An image (signature, seal, initial) cannot be read. */
    IMAGE_UNREADABLE(Category.PROFILE),
    /** The output file exists and overwriting was not asked for. */
    OUTPUT_EXISTS(Category.FILE),
    /** The output would replace the input file. */
    OUTPUT_IS_INPUT(Category.FILE),
    /** The input or output file cannot be read or written. */
    FILE_ACCESS(Category.FILE),
    /** The key type or mechanism is not supported, or does not fit the certificate. */
    KEY_UNSUPPORTED(Category.KEY),
    /** The signature value source failed (wrong PIN, token removed...); the cause tells. */
    SIGNATURE_VALUE_FAILED(Category.KEY),
    /** The signature value does not verify with the certificate: wrong key or broken token. */
    SIGNATURE_VALUE_INVALID(Category.KEY),
    /** A level above B-B was asked with the network switched off. */
    OFFLINE(Category.SETTINGS),
    /** A time-stamp is needed and no time-stamping server is configured for this certificate. */
    NO_TIMESTAMP_SERVER(Category.SETTINGS),
    /** No configured time-stamping server gave a valid time-stamp; the message lists each server's failure. */
    TIMESTAMP_FAILED(Category.NETWORK),
    /** The revocation status of a certificate could not be fetched from any of its OCSP or CRL servers. */
    REVOCATION_UNAVAILABLE(Category.NETWORK),
    /** A certificate of the chain is revoked: signing with it would give an invalid signature. */
    CERTIFICATE_REVOKED(Category.CERTIFICATE),
    /** The signer's certificate has expired. */
    CERTIFICATE_EXPIRED(Category.CERTIFICATE),
    /** The signer's certificate is not valid yet (or the computer's clock is wrong). */
    CERTIFICATE_NOT_YET_VALID(Category.CERTIFICATE),
    /** The signer's certificate does not allow signing (key usage without digitalSignature or nonRepudiation). */
    CERTIFICATE_NOT_FOR_SIGNING(Category.CERTIFICATE),
    /** The signer's key is below the legal minimum (RSA 2048, ECDSA 256; Circular 15/2025/TT-BKHCN). */
    KEY_TOO_WEAK(Category.CERTIFICATE),
    /** No path from the signer's certificate to a trusted anchor: the message names the missing issuer or the root. */
    CERTIFICATE_UNTRUSTED(Category.CERTIFICATE),
    /** An issuer certificate needed for the long-term data is neither in the file nor reachable. */
    CHAIN_INCOMPLETE(Category.NETWORK),
    /** The file has no signature to extend. */
    NOTHING_TO_EXTEND(Category.DOCUMENT),
    /** The signature container outgrew the space reserved for it, even after one larger retry. */
    SIGNATURE_TOO_LARGE(Category.FILE),
    /** A file given as a trusted certificate is not a certificate (PEM or DER), or cannot be read. */
    TRUST_UNREADABLE(Category.SETTINGS),
    /** The file has no signature with the number asked for. */
    NO_SUCH_SIGNATURE(Category.REQUEST),
    /** The first page has no "Số: …" line (for a number) or no "ngày … tháng … năm …" line (for a date). */
    NUMBERING_LINE_NOT_FOUND(Category.REQUEST),
    /** The first page already prints another number, notation or date than the one assigned. */
    NUMBERING_CONFLICT(Category.REQUEST),
    /** A comment signature with no words in it. */
    COMMENT_EMPTY(Category.REQUEST);

    private final Category category;

    SignerError(Category category) {
        this.category = category;
    }

    /** What kind of problem this is, for callers that react to a kind (retry later, fix a setting) rather than to each code. */
    public Category category() {
        return category;
    }

    /** Kinds of signing and verification problems, as the person who must act on them sees it. */
    public enum Category {
        /** The input document cannot be signed as it is (damaged, encrypted, locked by a signature). */
        DOCUMENT,
        /** What was asked does not fit this document (a page it lacks, a place not found). */
        REQUEST,
        /** The signer's profile lacks something or holds something unreadable (an image). */
        PROFILE,
        /** A file cannot be read or written where asked. */
        FILE,
        /** The key or the token could not produce a usable signature value. */
        KEY,
        /** The signer's certificate itself forbids signing (revoked). */
        CERTIFICATE,
        /** A setting stops the work (network off, no server configured, an unreadable trust file). */
        SETTINGS,
        /** A server did not answer usefully: the same request may succeed later. */
        NETWORK
    }
}
