/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.bridge;

import java.util.Map;
import java.util.Optional;
import org.vnsign.signer.SignatureKind;

/**
 * Every function a {@code vgcaplugin.js} page can call (vn-conventions 3.1.2) and what VNSign does
 * with it: a document signature shown to the user, an answer that needs no one (version,
 * certificate, verification, settings), or an immediate, worded refusal for what VNSign does not
 * do, so that a page never waits on a call that cannot succeed.
 */
final class VgcaFunctions {
    /** What a call is. */
    enum Handling {
        VERSION,
        DOCUMENT,
        CERT_INFO,
        CONFIG,
        VERIFY_PDF,
        BATCH,
        SIGN_DIGEST,
        VERIFY_MESSAGE,
        NOT_PROVIDED
    }

    /** The documents' functions and the signature each one is; SignPDF and its kin sign as an approval the user can change. */
    static final Map<String, SignatureKind> DOCUMENTS = Map.of(
            "/SignApproved", SignatureKind.APPROVAL,
            "/SignIssued", SignatureKind.ISSUE,
            "/SignAppendix", SignatureKind.ANNEX,
            "/SignCopy", SignatureKind.COPY,
            "/SignIncome", SignatureKind.INCOMING,
            "/Comment", SignatureKind.COMMENT,
            "/SignPDF", SignatureKind.APPROVAL,
            "/SignPDFWP", SignatureKind.APPROVAL,
            "/SignFile", SignatureKind.APPROVAL);

    /** Functions VNSign knows and does not provide, with what they are, for the page's message. */
    static final Map<String, String> NOT_PROVIDED = Map.ofEntries(
            Map.entry("/SignOffice", "ký tệp Office / Office signing"),
            Map.entry("/VerifyOffice", "kiểm tra chữ ký Office / Office verification"),
            Map.entry("/SignXML", "ký XML / XML signing"),
            Map.entry("/VerifyXML", "kiểm tra chữ ký XML / XML verification"),
            Map.entry("/SignXMLP12", "ký XML bằng tệp PKCS#12 / XML signing with a PKCS#12 file"),
            Map.entry("/SignJson", "ký JSON / JSON signing"),
            Map.entry("/VerifyJson", "kiểm tra chữ ký JSON / JSON verification"),
            Map.entry("/GetLicenseRequest", "yêu cầu bản quyền / licence request (VNSign needs none)"),
            Map.entry("/LoginIAM", "đăng nhập IAM / IAM log-in"),
            Map.entry("/SignLyLich", "ký lý lịch / CV signing"),
            Map.entry("/SignAttestation", "ký xác nhận / attestation signing"),
            Map.entry("/SignAttestationes", "ký xác nhận / attestation signing"));

    private VgcaFunctions() {}

    static Handling of(String function) {
        return switch (function) {
            case "/GetVersion" -> Handling.VERSION;
            case "/GetCertInfo" -> Handling.CERT_INFO;
            case "/Config" -> Handling.CONFIG;
            case "/VerifyPDF" -> Handling.VERIFY_PDF;
            case "/SignFiles" -> Handling.BATCH;
            case "/Auth", "/SignMsg", "/SignHash" -> Handling.SIGN_DIGEST;
            case "/VerifyMsg" -> Handling.VERIFY_MESSAGE;
            default -> DOCUMENTS.containsKey(function) ? Handling.DOCUMENT : Handling.NOT_PROVIDED;
        };
    }

    /** The page's message for a function VNSign does not provide, in Vietnamese and English. */
    static String notProvided(String function) {
        String name = function.startsWith("/") ? function.substring(1) : function;
        return Optional.ofNullable(NOT_PROVIDED.get(function))
                .map(what -> "VNSign chưa hỗ trợ " + name + " (" + what + "). / VNSign does not provide " + name + ".")
                .orElse("VNSign không có chức năng " + name + ". / VNSign has no function " + name + ".");
    }
}
