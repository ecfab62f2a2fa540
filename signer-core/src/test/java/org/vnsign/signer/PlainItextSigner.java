/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import com.itextpdf.forms.PdfSigFieldLock;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.CrlClientOffline;
import com.itextpdf.signatures.ICrlClient;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vnsign.testsupport.pki.TestIdentity;

/**
 * iText's own detached CAdES signature with a key in memory, as another signing tool makes it: the
 * certifying signer of the refusal tests and the iText peer of the benchmarks.
 */
public final class PlainItextSigner {
    private PlainItextSigner() {}

    /**
     * @param permissions {@link AccessPermissions#UNSPECIFIED} for an approval signature, else the
     *     certification level
     */
    public static void sign(Path input, Path output, TestIdentity identity, AccessPermissions permissions)
            throws Exception {
        sign(input, output, identity, Options.approval().withPermissions(permissions));
    }

    /**
     * What another tool may do differently: digest, chain sent, CRLs embedded in the CMS
     * (adbe-revocationInfoArchival), claimed signing time, a time-stamp.
     */
    public record Options(
            AccessPermissions permissions,
            String digest,
            Optional<List<X509Certificate>> chain,
            List<X509CRL> crls,
            Optional<Instant> claimedTime,
            Optional<URI> timestampServer,
            Optional<PdfSigFieldLock.LockPermissions> fieldLock,
            Optional<String> fieldName) {
        public static Options approval() {
            return new Options(
                    AccessPermissions.UNSPECIFIED,
                    "SHA-256",
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }

        /** Signs in this existing (empty) signature field instead of a new one. */
        public Options inField(String name) {
            return new Options(
                    permissions, digest, chain, crls, claimedTime, timestampServer, fieldLock, Optional.of(name));
        }

        /** A FieldMDP lock on the signature's own field: all fields, with the given document permissions. */
        public Options withFieldLock(PdfSigFieldLock.LockPermissions permissions) {
            return new Options(
                    this.permissions,
                    digest,
                    chain,
                    crls,
                    claimedTime,
                    timestampServer,
                    Optional.of(permissions),
                    fieldName);
        }

        public Options withPermissions(AccessPermissions level) {
            return new Options(level, digest, chain, crls, claimedTime, timestampServer, fieldLock, fieldName);
        }

        public Options withDigest(String algorithm) {
            return new Options(permissions, algorithm, chain, crls, claimedTime, timestampServer, fieldLock, fieldName);
        }

        public Options withChain(List<X509Certificate> sent) {
            return new Options(
                    permissions, digest, Optional.of(sent), crls, claimedTime, timestampServer, fieldLock, fieldName);
        }

        public Options withCrls(List<X509CRL> embedded) {
            return new Options(
                    permissions, digest, chain, embedded, claimedTime, timestampServer, fieldLock, fieldName);
        }

        public Options at(Instant time) {
            return new Options(
                    permissions, digest, chain, crls, Optional.of(time), timestampServer, fieldLock, fieldName);
        }

        public Options withTimestamp(URI server) {
            return new Options(
                    permissions, digest, chain, crls, claimedTime, Optional.of(server), fieldLock, fieldName);
        }
    }

    public static void sign(Path input, Path output, TestIdentity identity, Options options) throws Exception {
        sign(input, output, identity, options, document -> {});
    }

    /**
     * Signs after {@code change} has edited the revision the signature covers, as a tool that
     * stamps pages before signing does.
     */
    public static void sign(
            Path input, Path output, TestIdentity identity, Options options, Consumer<PdfDocument> change)
            throws Exception {
        try (OutputStream out = Files.newOutputStream(output)) {
            PdfSigner signer = new PdfSigner(
                    new PdfReader(input.toFile()),
                    out,
                    output.toAbsolutePath().getParent().toString(),
                    new StampingProperties().useAppendMode());
            change.accept(signer.getDocument());
            SignerProperties properties = new SignerProperties().setCertificationLevel(options.permissions());
            options.claimedTime().ifPresent(time -> {
                Calendar calendar = Calendar.getInstance();
                calendar.setTimeInMillis(time.toEpochMilli());
                properties.setClaimedSignDate(calendar);
            });
            options.fieldLock()
                    .ifPresent(lock -> properties.setFieldLockDict(new PdfSigFieldLock()
                            .setFieldLock(PdfSigFieldLock.LockAction.ALL)
                            .setDocumentPermissions(lock)));
            options.fieldName().ifPresent(properties::setFieldName);
            signer.setSignerProperties(properties);
            List<ICrlClient> crls = new ArrayList<>();
            for (X509CRL crl : options.crls()) {
                crls.add(new CrlClientOffline(crl));
            }
            signer.signDetached(
                    new BouncyCastleDigest(),
                    new PrivateKeySignature(identity.keyPair().getPrivate(), options.digest(), null),
                    options.chain().orElse(identity.chain()).toArray(new Certificate[0]),
                    crls.isEmpty() ? null : crls,
                    null,
                    options.timestampServer()
                            .map(url -> new TSAClientBouncyCastle(url.toString()))
                            .orElse(null),
                    crls.isEmpty() ? 0 : 16_000,
                    PdfSigner.CryptoStandard.CADES);
        }
    }
}
