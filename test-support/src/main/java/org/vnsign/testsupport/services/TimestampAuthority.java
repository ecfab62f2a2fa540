/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.services;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.vnsign.testsupport.pki.ServiceIdentity;

/**
 * An RFC 3161 time-stamping authority built on Bouncy Castle's generator: SHA-256 signing
 * certificate reference (ESSCertIDv2), the TSA's chain in the token when asked, the request's nonce
 * echoed, its policy or {@link #POLICY} by default.
 */
final class TimestampAuthority {
    /** The policy this authority stamps under when the request names none. */
    static final String POLICY = "1.3.6.1.4.1.99999.3161.1";

    private final ServiceIdentity identity;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    TimestampAuthority(ServiceIdentity identity) {
        this.identity = identity;
    }

    /** The DER response to a DER request, stamped {@code time}; a request that cannot be parsed gets a rejection. */
    byte[] respond(byte[] requestBytes, Date time) throws IOException {
        try {
            TimeStampRequest request = new TimeStampRequest(requestBytes);
            TimeStampResponseGenerator generator =
                    new TimeStampResponseGenerator(tokenGenerator(), TSPAlgorithms.ALLOWED);
            TimeStampResponse response =
                    generator.generate(request, BigInteger.valueOf(serial.incrementAndGet()), time);
            return response.getEncoded();
        } catch (TSPException | GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot stamp", e);
        }
    }

    /** The same request with another nonce: a response to it carries a nonce the client did not send. */
    static byte[] withOtherNonce(byte[] requestBytes) throws IOException {
        TimeStampRequest request = new TimeStampRequest(requestBytes);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(request.getCertReq());
        BigInteger nonce =
                request.getNonce() == null ? BigInteger.ONE : request.getNonce().add(BigInteger.ONE);
        return generator
                .generate(request.getMessageImprintAlgOID(), request.getMessageImprintDigest(), nonce)
                .getEncoded();
    }

    private TimeStampTokenGenerator tokenGenerator()
            throws OperatorCreationException, GeneralSecurityException, TSPException {
        SignerInfoGenerator signerInfo = new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", identity.keyPair().getPrivate(), identity.certificate());
        DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        TimeStampTokenGenerator generator =
                new TimeStampTokenGenerator(signerInfo, sha256, new ASN1ObjectIdentifier(POLICY));
        generator.addCertificates(new JcaCertStore(identity.chain()));
        return generator;
    }
}
