/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.vnsign.signer.SignatureLevel;
import org.vnsign.signer.verify.CertificateSummary;
import org.vnsign.signer.verify.Change;
import org.vnsign.signer.verify.Reason;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.VerificationReport;

/**
 * The JSON of {@code vnsign verify} (docs/cli-json.md): one object per file, the same fields the
 * desktop app and the QLVB connector read. Absent values are {@code null}, never missing keys;
 * times are ISO-8601 UTC strings.
 */
final class VerifyJson {
    private VerifyJson() {}

    record Files(List<File> files) {}

    /** One file: its verdict and its signatures, or the error that kept it from being read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record File(
            String file,
            String verdict,
            Boolean modifiedAfterSigning,
            Text summary,
            List<Signature> signatures,
            List<Signature> timestamps,
            String error,
            String message) {
        static File of(VerificationReport report) {
            return new File(
                    report.file().toString(),
                    report.verdict().name(),
                    report.modifiedAfterSigning(),
                    Text.of(report.summary()),
                    report.signatures().stream().map(Signature::of).toList(),
                    report.timestamps().stream().map(Signature::of).toList(),
                    null,
                    null);
        }

        static File failed(String file, String error, String message) {
            return new File(file, null, null, null, null, null, error, message);
        }
    }

    record Signature(
            int index,
            String field,
            String type,
            String indication,
            String subIndication,
            Text reason,
            String signer,
            Certificate certificate,
            String signingTime,
            boolean timeProven,
            String level,
            List<Integer> pages,
            boolean modifiedAfterSigning,
            List<ChangeEntry> changes,
            List<Text> notes,
            boolean coversWholeDocument,
            String statedReason) {
        static Signature of(SignatureReport report) {
            return new Signature(
                    report.index(),
                    report.fieldName(),
                    report.type().name(),
                    report.indication().name(),
                    report.subIndication().map(Enum::name).orElse(null),
                    Text.of(report.reason()),
                    report.signer(),
                    report.certificate().map(Certificate::of).orElse(null),
                    report.signingTime().map(Instant::toString).orElse(null),
                    report.timeProven(),
                    report.level().map(SignatureLevel::label).orElse(null),
                    report.pages(),
                    report.modifiedAfterSigning(),
                    report.changes().stream().map(ChangeEntry::of).toList(),
                    report.notes().stream().map(Text::of).toList(),
                    report.coversWholeDocument(),
                    report.statedReason().orElse(null));
        }
    }

    record Certificate(
            String commonName,
            String subject,
            String issuer,
            String serialNumber,
            String sha256,
            String notBefore,
            String notAfter) {
        static Certificate of(CertificateSummary info) {
            return new Certificate(
                    info.commonName(),
                    info.subject(),
                    info.issuer(),
                    info.serialNumber(),
                    info.sha256(),
                    info.notBefore().toString(),
                    info.notAfter().toString());
        }
    }

    record ChangeEntry(String kind, Integer page, boolean allowed, Text description) {
        static ChangeEntry of(Change change) {
            return new ChangeEntry(
                    change.kind().name(), change.page().orElse(null), change.allowed(), Text.of(change.description()));
        }
    }

    record Text(String vi, String en) {
        static Text of(Reason reason) {
            return new Text(reason.vi(), reason.en());
        }
    }
}
