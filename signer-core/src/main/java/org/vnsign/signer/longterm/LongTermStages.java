/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.longterm;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.vnsign.signer.LevelNotReachedException;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.TimestampServer;
import org.vnsign.signer.document.FieldNames;
import org.vnsign.signer.document.OpenedPdf;
import org.vnsign.signer.online.HttpFetcher;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.online.OnlineCache;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.online.TimestampClient;
import org.vnsign.signer.online.ValidationCollector;
import org.vnsign.signer.online.ValidationData;

/**
 * The steps above B-B, shared by signing and extending: the revocation check before a key is
 * asked, the signature time-stamp source, the DSS revision with the validation data (B-LT), and the
 * document time-stamp revision (B-LTA). Each revision is written from one temporary file to the
 * next; a failure says which level the file had reached.
 */
public final class LongTermStages {
    private final NetworkSettings settings;
    private final TimestampClient timestamps;
    private final ValidationCollector collector;

    public LongTermStages(NetworkSettings settings) {
        this.settings = settings;
        HttpFetcher http = new HttpFetcher(settings);
        OnlineCache cache = new OnlineCache(settings.cacheDirectory());
        this.timestamps = new TimestampClient(http);
        this.collector = new ValidationCollector(new IssuerFinder(http, cache), new RevocationFetcher(http, cache));
    }

    /** Refuses a level the settings cannot reach, before any file or key is touched. */
    public void requireReachable(SignatureLevel asked) throws SignerException {
        if (asked.needsNetwork() && settings.offline()) {
            throw new SignerException(
                    SignerError.OFFLINE, asked + " needs a time-stamping server and revocation data: not offline");
        }
    }

    /**
     * The servers to ask: those given, or the default for the chain; refuses when neither exists.
     */
    public static List<TimestampServer> servers(
            List<TimestampServer> given, List<TimestampServer> defaults, SignatureLevel asked) throws SignerException {
        List<TimestampServer> servers = given.isEmpty() ? defaults : given;
        if (servers.isEmpty()) {
            throw new SignerException(
                    SignerError.NO_TIMESTAMP_SERVER,
                    asked
                            + " needs a time-stamping server; name one (--tsa URL): only government certificates have a default");
        }
        return servers;
    }

    /** Fails when a certificate of the chain is revoked or its status is unavailable. */
    public void requireNotRevoked(List<X509Certificate> chain, SignatureLevel asked) throws SignerException {
        ValidationData data = collect(chain, List.of(), certificate -> false, Instant.EPOCH, asked, Optional.empty());
        requireNoneRevoked(data, asked, Optional.empty());
    }

    /** Fails when the data found a certificate revoked: a signature made with it would be invalid. */
    public static void requireNoneRevoked(ValidationData data, SignatureLevel asked, Optional<SignatureLevel> reached)
            throws LevelNotReachedException {
        Optional<ValidationData.Revocation> revoked = data.firstRevoked();
        if (revoked.isPresent()) {
            throw new LevelNotReachedException(
                    SignerError.CERTIFICATE_REVOKED,
                    asked,
                    reached,
                    revoked.get().certificate().getSubjectX500Principal() + " was revoked on "
                            + revoked.get().since(),
                    null);
        }
    }

    /** A time-stamp source sized on the servers' real tokens; a server failure stops here. */
    public TimestampSource timestampSource(
            List<TimestampServer> servers, SignatureLevel asked, Optional<SignatureLevel> reached)
            throws SignerException {
        try {
            return new TimestampSource(timestamps, servers, timestamps.tokenSize(servers));
        } catch (TimestampClient.TimestampException e) {
            throw new LevelNotReachedException(SignerError.TIMESTAMP_FAILED, asked, reached, e.getMessage(), e);
        }
    }

    public ValidationData collect(
            List<X509Certificate> start,
            List<X509Certificate> known,
            Predicate<X509Certificate> covered,
            Instant notBefore,
            SignatureLevel asked,
            Optional<SignatureLevel> reached)
            throws SignerException {
        ValidationData data = new ValidationData();
        try {
            collector.collect(start, known, covered, notBefore, data);
            return data;
        } catch (RevocationFetcher.UnavailableException e) {
            throw new LevelNotReachedException(SignerError.REVOCATION_UNAVAILABLE, asked, reached, e.getMessage(), e);
        } catch (ValidationCollector.MissingIssuerException e) {
            throw new LevelNotReachedException(SignerError.CHAIN_INCOMPLETE, asked, reached, e.getMessage(), e);
        }
    }

    /** Per signature field, the data to write; fields whose data is empty are left out. */
    public record FieldData(String field, ValidationData data) {}

    /** Writes {@code from} plus one revision with the validation data into {@code to}. */
    public static void writeDss(Path from, Path to, Optional<char[]> password, List<FieldData> fields)
            throws SignerException {
        try (PdfReader reader = OpenedPdf.reader(from, password);
                PdfDocument document =
                        new PdfDocument(reader, new PdfWriter(to.toFile()), new StampingProperties().useAppendMode())) {
            DssWriter writer = new DssWriter(document);
            for (FieldData field : fields) {
                writer.add(field.data(), field.field());
            }
        } catch (IOException | ITextException e) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot add the validation data to " + to, e);
        }
    }

    /** Writes {@code from} plus a document time-stamp revision into {@code to}. */
    public static void writeDocumentTimestamp(
            Path from,
            Path to,
            Optional<char[]> password,
            TimestampSource source,
            String fieldPrefix,
            SignatureLevel asked,
            SignatureLevel reached)
            throws SignerException {
        try (PdfReader reader = OpenedPdf.reader(from, password);
                OutputStream out = Files.newOutputStream(to)) {
            PdfSigner signer = new PdfSigner(reader, out, new StampingProperties().useAppendMode());
            signer.timestamp(source, FieldNames.next(signer.getDocument(), fieldPrefix));
        } catch (IOException | GeneralSecurityException | ITextException e) {
            if (source.failure().isPresent()) {
                throw new LevelNotReachedException(
                        SignerError.TIMESTAMP_FAILED,
                        asked,
                        Optional.of(reached),
                        source.failure().get().getMessage(),
                        e);
            }
            throw new SignerException(SignerError.FILE_ACCESS, "cannot add the document time-stamp to " + to, e);
        }
    }

    /** Everything certificates in a time-stamp lead to: the TSA first. */
    public static List<X509Certificate> certificates(TimestampSource source) {
        return source.stamp().map(TimestampClient.Stamp::certificates).orElse(new ArrayList<>());
    }
}
