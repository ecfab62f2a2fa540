/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.pki;

/**
 * The signers of the test PKI: Vietnamese names and attributes as government certificates carry
 * them (CN, title T, O, OU, L, ST, C, UID with CMND/CCCD/MST prefixes), and the awkward cases a
 * signing client must handle.
 */
public enum KeyProfile {
    /** A vice-minister's personal certificate, RSA-2048. */
    RSA_2048(
            "Nguyễn Văn Án",
            "Thứ trưởng",
            "Bộ Tài chính",
            "Văn phòng Bộ",
            "CCCD:001085012345",
            KeyKind.RSA_2048,
            Validity.CURRENT,
            Usage.SIGNING),
    /** A chief of office, RSA-3072. */
    RSA_3072(
            "Trần Thị Bích Ngọc",
            "Chánh Văn phòng",
            "Bộ Tài chính",
            "Văn phòng Bộ",
            "CMND:012345678",
            KeyKind.RSA_3072,
            Validity.CURRENT,
            Usage.SIGNING),
    /** An agency (organisation) certificate on an ECDSA P-256 key. */
    EC_P256(
            "Ủy ban nhân dân tỉnh Nghệ An",
            "Văn thư",
            "Ủy ban nhân dân tỉnh Nghệ An",
            "Văn phòng UBND",
            "MST:2900325170",
            KeyKind.EC_P256,
            Validity.CURRENT,
            Usage.SIGNING),
    /** Expired yesterday. */
    EXPIRED(
            "Phạm Quốc Hùng",
            "Vụ trưởng",
            "Bộ Nội vụ",
            "Vụ Tổ chức",
            "CCCD:001079000111",
            KeyKind.RSA_2048,
            Validity.EXPIRED,
            Usage.SIGNING),
    /** Listed on the issuing CA's CRL. */
    REVOKED(
            "Đỗ Minh Khôi",
            "Phó Giám đốc",
            "Sở Tư pháp Hà Nội",
            "Phòng Hành chính",
            "CCCD:001090000222",
            KeyKind.RSA_2048,
            Validity.CURRENT,
            Usage.SIGNING),
    /** Key usage keyEncipherment only: for encryption, not for signing. */
    NOT_FOR_SIGNING(
            "Vũ Thu Hà",
            "Chuyên viên",
            "Bộ Tài chính",
            "Cục Tin học",
            "CCCD:001095000333",
            KeyKind.RSA_2048,
            Validity.CURRENT,
            Usage.ENCRYPTION),
    /** Valid only from next month (or a computer whose clock is behind). Not on the test tokens. */
    NOT_YET_VALID(
            "Lê Văn Tới",
            "Chuyên viên",
            "Bộ Tài chính",
            "Văn phòng",
            "CCCD:001096000444",
            KeyKind.RSA_2048,
            Validity.NOT_YET_VALID,
            Usage.SIGNING),
    /** RSA 1024, below Circular 15/2025/TT-BKHCN's minimum. Not on the test tokens. */
    WEAK_RSA_1024(
            "Trần Cũ",
            "Chuyên viên",
            "Bộ Tài chính",
            "Văn phòng",
            "CCCD:001097000555",
            KeyKind.RSA_1024,
            Validity.CURRENT,
            Usage.SIGNING);

    private final String commonName;
    private final String title;
    private final String organisation;
    private final String unit;
    private final String uid;
    private final KeyKind keyKind;
    private final Validity validity;
    private final Usage usage;

    KeyProfile(
            String commonName,
            String title,
            String organisation,
            String unit,
            String uid,
            KeyKind keyKind,
            Validity validity,
            Usage usage) {
        this.commonName = commonName;
        this.title = title;
        this.organisation = organisation;
        this.unit = unit;
        this.uid = uid;
        this.keyKind = keyKind;
        this.validity = validity;
        this.usage = usage;
    }

    public String commonName() {
        return commonName;
    }

    public String title() {
        return title;
    }

    public String organisation() {
        return organisation;
    }

    public String unit() {
        return unit;
    }

    public String uid() {
        return uid;
    }

    public KeyKind keyKind() {
        return keyKind;
    }

    public Validity validity() {
        return validity;
    }

    public Usage usage() {
        return usage;
    }

    /**
     * Whether the test tokens carry this identity. The two that only the pre-signing check meets
     * stay off them, so that tokens list the same certificates as before they existed.
     */
    public boolean onTokens() {
        return this != NOT_YET_VALID && this != WEAK_RSA_1024;
    }

    /** Key algorithms and sizes. */
    public enum KeyKind {
        RSA_1024,
        RSA_2048,
        RSA_3072,
        EC_P256
    }

    /** Validity relative to now. */
    public enum Validity {
        CURRENT,
        EXPIRED,
        NOT_YET_VALID
    }

    /** Key usage. */
    public enum Usage {
        SIGNING,
        ENCRYPTION
    }
}
