/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vnsign.app.signing.SignedDocument;
import org.vnsign.signer.ExtendRequest;
import org.vnsign.signer.ExtendResult;
import org.vnsign.signer.SignResult;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.SigningRequest;
import org.vnsign.token.CertificateInfo;
import org.vnsign.token.DistinguishedName;
import org.vnsign.token.SourceReport;
import org.vnsign.token.TokenCertificate;
import org.vnsign.token.TokenDescriptor;

/**
 * The JSON the CLI prints: a stable schema of its own, so internal records can change without
 * breaking scripts. Field names are documented in {@code docs/cli-json.md}.
 */
final class JsonViews {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonViews() {}

    /** A view as indented JSON. */
    static String toJson(Object view) {
        try {
            return MAPPER.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Sources(List<Source> sources) {}

    /**
     * What happened to a signed file's upload: {@code delivered}, or {@code queued} in the outbox
     * (with the reason) to be retried by {@code vnsign outbox --retry}.
     */
    record Upload(String status, String outboxId, String message, String fileServer) {
        static final String DELIVERED = "delivered";
        static final String QUEUED = "queued";
        /** Not even queued: the outbox could not take the file (disk full, no permission). */
        static final String FAILED = "failed";
    }

    /** The outbox: signed files waiting for their document system. */
    record OutboxEntries(List<OutboxView> entries) {}

    record OutboxView(
            String id,
            String file,
            String uploadUrl,
            String created,
            int attempts,
            String lastError,
            String nextAttempt,
            String status) {}

    record Source(
            String kind,
            String location,
            String vendor,
            String state,
            String detail,
            String library,
            List<Token> tokens) {
        static Source of(SourceReport report) {
            return new Source(
                    report.kind(),
                    report.location(),
                    report.vendor(),
                    report.state().name(),
                    report.detail(),
                    report.libraryDescription().orElse(null),
                    report.tokens().stream().map(Token::of).toList());
        }
    }

    record Token(
            String kind,
            String location,
            long slot,
            String label,
            String manufacturer,
            String model,
            String serialNumber,
            List<String> pinFlags,
            boolean loginRequired,
            boolean protectedAuthenticationPath) {
        static Token of(TokenDescriptor token) {
            return new Token(
                    token.kind(),
                    token.location(),
                    token.slotId(),
                    token.label(),
                    token.manufacturer(),
                    token.model(),
                    token.serialNumber(),
                    token.pinFlags().stream().map(Enum::name).sorted().toList(),
                    token.loginRequired(),
                    token.protectedAuthenticationPath());
        }
    }

    record Certificates(Token token, List<Certificate> certificates) {}

    record Certificate(
            String keyId,
            String keyLabel,
            Name subject,
            Name issuer,
            String serialNumber,
            String notBefore,
            String notAfter,
            List<String> keyUsage,
            List<String> extendedKeyUsage,
            String sha256Fingerprint,
            String keyAlgorithm,
            int keySize,
            List<String> flags,
            boolean alwaysAuthenticate) {
        static Certificate of(TokenCertificate certificate, Instant now) {
            CertificateInfo info = certificate.info();
            Set<?> flags = info.flagsAt(now);
            return new Certificate(
                    certificate.key().id(),
                    certificate.key().label(),
                    Name.of(info.subject()),
                    Name.of(info.issuer()),
                    info.serialNumber(),
                    info.notBefore().toString(),
                    info.notAfter().toString(),
                    info.keyUsage(),
                    info.extendedKeyUsage(),
                    info.sha256Fingerprint(),
                    info.keyAlgorithm(),
                    info.keySize(),
                    flags.stream().map(Object::toString).sorted().toList(),
                    certificate.alwaysAuthenticate());
        }
    }

    record Name(String commonName, String rfc2253, Map<String, List<String>> attributes) {
        static Name of(DistinguishedName name) {
            return new Name(name.commonName().orElse(null), name.rfc2253(), name.attributes());
        }
    }

    record SignedFiles(List<SignedFile> files) {}

    /** One file of a signing batch: {@code status} is {@code signed} or {@code failed}. */
    record SignedFile(
            String input,
            String output,
            String status,
            String field,
            int page,
            String level,
            List<String> notices,
            String error,
            String reached,
            String message,
            Upload upload,
            Check check) {
        static final String SIGNED = "signed";
        static final String FAILED = "failed";

        static SignedFile signed(SignedDocument signed) {
            SignResult result = signed.result();
            return new SignedFile(
                    result.plan().request().input().toString(),
                    result.output().toString(),
                    SIGNED,
                    result.fieldName(),
                    result.plan().signaturePage(),
                    result.level().label(),
                    result.plan().notices().stream()
                            .map(n -> n.page() == 0 ? n.kind().name() : n.kind().name() + "@" + n.page())
                            .toList(),
                    null,
                    null,
                    null,
                    null,
                    Check.of(signed));
        }

        /** The same file with what its upload gave. */
        SignedFile withUpload(Upload sent) {
            return new SignedFile(
                    input, output, status, field, page, level, notices, error, reached, message, sent, check);
        }

        /** A file the batch did not sign because the token failed: {@code error} is the token's code. */
        static SignedFile notSigned(SigningRequest request, String error, String message) {
            return failure(request, error, null, message);
        }

        static SignedFile failed(SigningRequest request, SignerException error, String message) {
            return failure(request, error.error().name(), Failures.reached(error), message);
        }

        private static SignedFile failure(SigningRequest request, String error, String reached, String message) {
            return new SignedFile(
                    request.input().toString(),
                    request.output().toString(),
                    FAILED,
                    null,
                    0,
                    request.level().label(),
                    List.of(),
                    error,
                    reached,
                    message,
                    null,
                    null);
        }
    }

    /**
     * What the pre-signing check established (Circular 15/2025/TT-BKHCN): the revocation status
     * ({@code GOOD}, {@code NOT_CHECKED} when offline or unreachable, {@code EXEMPT} for the DEMO
     * token), the chain embedded (subjects, signer first), the issuers fetched from the network
     * (their AIA URLs), and the new signature's indication when the written file was read again.
     */
    record Check(String revocation, String revocationDetail, List<String> chain, List<String> fetched, String verdict) {
        static Check of(SignedDocument signed) {
            return new Check(
                    signed.check().revocation().name(),
                    signed.check().revocationDetail(),
                    signed.check().chain().stream()
                            .map(c ->
                                    c.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253))
                            .toList(),
                    signed.check().fetched(),
                    signed.verdict().name());
        }
    }

    /** The files of an {@code extend} batch. */
    record ExtendedFiles(List<ExtendedFile> files) {}

    /** One file of an extend batch: {@code status} is {@code extended} or {@code failed}. */
    record ExtendedFile(
            String input,
            String output,
            String status,
            String level,
            List<String> signatures,
            List<String> added,
            String error,
            String reached,
            String message) {
        static final String EXTENDED = "extended";

        static ExtendedFile extended(ExtendRequest request, ExtendResult result) {
            return new ExtendedFile(
                    request.input().toString(),
                    result.output().toString(),
                    EXTENDED,
                    result.level().label(),
                    result.signatures(),
                    result.added(),
                    null,
                    null,
                    null);
        }

        static ExtendedFile failed(ExtendRequest request, SignerException error, String message) {
            return new ExtendedFile(
                    request.input().toString(),
                    request.output().toString(),
                    SignedFile.FAILED,
                    request.level().label(),
                    List.of(),
                    List.of(),
                    error.error().name(),
                    Failures.reached(error),
                    message);
        }
    }
}
