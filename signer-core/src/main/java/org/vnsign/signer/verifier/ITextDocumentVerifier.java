/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verifier;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.NetworkSettings;
import org.vnsign.signer.OutputFiles;
import org.vnsign.signer.SignerError;
import org.vnsign.signer.SignerException;
import org.vnsign.signer.document.OpenedPdf;
import org.vnsign.signer.document.SignatureEntry;
import org.vnsign.signer.document.SignedFile;
import org.vnsign.signer.online.HttpFetcher;
import org.vnsign.signer.online.IssuerFinder;
import org.vnsign.signer.online.OnlineCache;
import org.vnsign.signer.online.RevocationFetcher;
import org.vnsign.signer.verify.DocumentVerifier;
import org.vnsign.signer.verify.VerificationReport;
import org.vnsign.signer.verify.VerifyRequest;

/**
 * The verifier: opens the file read-only with iText and hands it to a {@link FileVerification};
 * extracts what a signature signed. Revocation servers are reached only for requests that allow
 * it; the cache is read either way.
 */
public final class ITextDocumentVerifier implements DocumentVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(ITextDocumentVerifier.class);
    private final Clock clock;
    private final NetworkSettings network;

    public ITextDocumentVerifier(Clock clock, NetworkSettings network) {
        this.clock = clock;
        this.network = network;
    }

    @Override
    public VerificationReport verify(VerifyRequest request) throws SignerException {
        Path file = request.file();
        try (PdfDocument document = OpenedPdf.open(file, request.password())) {
            SignedFile signedFile = new SignedFile(file, Files.size(file), OpenedPdf.properties(request.password()));
            NetworkSettings settings = request.online() ? network : network.asOffline();
            HttpFetcher http = new HttpFetcher(settings);
            OnlineCache cache = new OnlineCache(settings.cacheDirectory());
            return FileVerification.verify(
                    document,
                    signedFile,
                    file,
                    request.password(),
                    new FileVerification.Judging(
                            request.anchors(),
                            Optional.of(new RevocationFetcher(http, cache)),
                            Optional.of(new IssuerFinder(http, cache)),
                            clock.instant()));
        } catch (IOException e) {
            throw new SignerException(SignerError.FILE_ACCESS, "cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            // Hostile structure (cycles, nesting deep enough to exhaust the stack, input that trips a
            // library's own assertion when assertions are on) that no per-signature check could
            // contain: the file's own result, never a crash of the batch.
            LOG.debug("Verifying {} failed on its structure", file, e);
            throw new SignerException(SignerError.PDF_DAMAGED, "the PDF structure cannot be read: " + file, e);
        }
    }

    @Override
    public Path extractRevision(Path pdf, int index, Path output, boolean overwrite) throws SignerException {
        OutputFiles.requireWritable(pdf, output, overwrite);
        Path temporary = OutputFiles.temporaryFor(output);
        try (PdfDocument document = OpenedPdf.open(pdf, Optional.empty())) {
            SignatureUtil util = new SignatureUtil(document);
            List<String> names = util.getSignatureNames();
            if (index < 1 || index > names.size()) {
                throw new SignerException(
                        SignerError.NO_SUCH_SIGNATURE,
                        "the file has " + names.size() + " signatures; there is no number " + index);
            }
            String name = names.get(index - 1);
            SignedFile file = new SignedFile(pdf, Files.size(pdf), OpenedPdf.properties(Optional.empty()));
            SignatureEntry entry = SignatureEntry.read(name, util.getSignatureDictionary(name), false, file);
            if (!entry.usable()) {
                throw new SignerException(
                        SignerError.PDF_DAMAGED, entry.rangeProblem().get());
            }
            try (InputStream in = file.prefix(entry.end());
                    OutputStream out = Files.newOutputStream(temporary)) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            OutputFiles.discard(temporary);
            throw new SignerException(
                    SignerError.FILE_ACCESS,
                    "cannot copy signed revision " + index + " of " + pdf + " to " + output,
                    e);
        } catch (SignerException e) {
            OutputFiles.discard(temporary);
            throw e;
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            OutputFiles.discard(temporary);
            throw new SignerException(SignerError.PDF_DAMAGED, "the PDF structure cannot be read: " + pdf, e);
        }
        OutputFiles.publish(temporary, output, overwrite);
        return output;
    }
}
