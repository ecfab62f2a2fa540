/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.vnsign.signer.verify.Indication;
import org.vnsign.signer.verify.SignatureReport;
import org.vnsign.signer.verify.VerificationReport;

/**
 * The VGCA-shaped answers to the calls that sign nothing: an integer {@code Status} (0 for
 * success) and a {@code Message}, as every VGCA answer has, and the call's own field. VGCA's own
 * names inside {@code CertInfo} and a VerifyPDF answer are not documented anywhere public; the
 * names here say what they hold.
 */
final class VgcaAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VgcaAnswers() {}

    /** GetCertInfo: the certificate the user chose in VNSign (public data, as on the token). */
    static ObjectNode certificate(X509Certificate certificate) throws CertificateEncodingException {
        ObjectNode answer = status(0, "");
        ObjectNode info = answer.putObject("CertInfo");
        info.put("Subject", certificate.getSubjectX500Principal().getName());
        info.put("Issuer", certificate.getIssuerX500Principal().getName());
        info.put("SerialNumber", certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT));
        info.put("NotBefore", certificate.getNotBefore().toInstant().toString());
        info.put("NotAfter", certificate.getNotAfter().toInstant().toString());
        info.put("Base64Data", Base64.getEncoder().encodeToString(certificate.getEncoded()));
        return answer;
    }

    /**
     * VerifyPDF: {@code Status} 0 when the verification ran; {@code Valid} whether every signature
     * is valid; the headline and each signature's verdict in Vietnamese, as VNSign words them.
     */
    static ObjectNode verification(VerificationReport report, String fileName) {
        boolean valid = !report.signatures().isEmpty()
                && report.signatures().stream().allMatch(s -> s.indication() == Indication.VALID);
        ObjectNode answer = status(0, report.summary().vi());
        answer.put("FileName", fileName);
        answer.put("Valid", valid);
        ArrayNode signatures = answer.putArray("Signatures");
        for (SignatureReport signature : report.signatures()) {
            ObjectNode one = signatures.addObject();
            one.put("Signer", signature.signer());
            one.put("SigningTime", signature.signingTime().map(Object::toString).orElse(""));
            one.put("Indication", signature.indication().name());
            one.put("Message", signature.reason().vi());
        }
        return answer;
    }

    /**
     * VerifyMsg: {@code Status} 0 only when the signature matches the content and its certificate
     * passed the same check a signer's certificate passes before signing; the signer's name and
     * certificate either way, and why not in {@code Message}.
     *
     * @param certificateProblem why the certificate does not pass, in the user's language; empty when it does
     */
    static ObjectNode messageVerdict(MessageSignatureCheck.Result checked, Optional<String> certificateProblem) {
        boolean valid = checked.intact() && certificateProblem.isEmpty();
        String message = !checked.intact()
                ? "Chữ ký không hợp lệ: " + checked.problem() + ". / The signature is not valid."
                : certificateProblem
                        .map(problem -> "Chữ ký khớp với nội dung nhưng chứng thư số không đạt: " + problem)
                        .orElse("Chữ ký hợp lệ. / The signature is valid.");
        ObjectNode answer = status(valid ? 0 : 1, message);
        answer.put("Valid", valid);
        if (!checked.chain().isEmpty()) {
            X509Certificate signer = checked.chain().get(0);
            answer.put("Signer", signer.getSubjectX500Principal().getName());
            try {
                answer.put("CertBase64", Base64.getEncoder().encodeToString(signer.getEncoded()));
            } catch (CertificateEncodingException e) {
                answer.put("CertBase64", "");
            }
        }
        return answer;
    }

    /** The start of the answer to a message VNSign cannot read; the reason follows. */
    static final String BAD_REQUEST = "Yêu cầu không hợp lệ / Bad request: ";

    /** The answer when the user did not decide within the bridge's decision time. */
    static final String NO_DECISION = "Người dùng chưa trả lời kịp thời gian chờ. / No answer from the user in time.";

    static ObjectNode status(int status, String message) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("Status", status);
        answer.put("Message", message);
        return answer;
    }
}
