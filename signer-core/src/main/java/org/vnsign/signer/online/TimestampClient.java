/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.online;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnsign.signer.TimestampServer;

/**
 * An RFC 3161 client over an ordered list of servers. Each request is SHA-256, carries a fresh
 * nonce and asks for the TSA's certificate; each answer must be granted, match the request's
 * imprint, nonce and policy, and be signed by a certificate in the token that carries the critical
 * timeStamping extended key usage (Bouncy Castle's checks). A server that fails hands over to the
 * next; the error names each server's failure. Requests to one server are spaced by the settings'
 * minimum interval, so a batch keeps within its rate limit.
 */
public final class TimestampClient {
    private static final Logger LOG = LoggerFactory.getLogger(TimestampClient.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String IMPRINT_ALGORITHM = "SHA-256";

    private final HttpFetcher http;
    private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();
    private final Map<String, Integer> measuredSize = new ConcurrentHashMap<>();

    public TimestampClient(HttpFetcher http) {
        this.http = http;
    }

    /** A checked time-stamp token and the server that gave it. */
    public record Stamp(TimeStampToken token, byte[] encoded, TimestampServer server) {

        public Instant time() {
            return token.getTimeStampInfo().getGenTime().toInstant();
        }

        /** The certificates in the token, the TSA's first when the TSA put it there. */
        public List<X509Certificate> certificates() {
            return TimestampClient.certificates(token);
        }
    }

    /** All the servers failed; one line per server. */
    public static final class TimestampException extends Exception {
        private static final long serialVersionUID = 1L;

        TimestampException(String message) {
            super(message);
        }
    }

    public static MessageDigest imprintDigest() {
        try {
            return MessageDigest.getInstance(IMPRINT_ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stamps {@code imprint}, a SHA-256 digest, with the first server that gives a valid token. */
    public Stamp stamp(List<TimestampServer> servers, byte[] imprint) throws TimestampException {
        if (servers.isEmpty()) {
            throw new TimestampException("no time-stamping server configured");
        }
        List<String> failures = new ArrayList<>();
        for (TimestampServer server : servers) {
            try {
                Stamp stamp = stampWith(server, imprint);
                measuredSize.merge(server.url().toString(), stamp.encoded().length, Math::max);
                return stamp;
            } catch (FetchException e) {
                LOG.warn("time-stamping server failed: {}", e.getMessage());
                failures.add(e.getMessage());
            }
        }
        throw new TimestampException(String.join("; ", failures));
    }

    /**
     * The size of the tokens these servers give, learnt from a real token on a throwaway digest
     * the first time a server is used in this run, so the signature space fits the token without
     * guessing. A server that fails here fails before any key is asked to sign.
     */
    public int tokenSize(List<TimestampServer> servers) throws TimestampException {
        for (TimestampServer server : servers) {
            Integer known = measuredSize.get(server.url().toString());
            if (known != null) {
                return known;
            }
        }
        byte[] probe = new byte[32];
        RANDOM.nextBytes(probe);
        return stamp(servers, probe).encoded().length;
    }

    private Stamp stampWith(TimestampServer server, byte[] imprint) throws FetchException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        server.policy().ifPresent(policy -> generator.setReqPolicy(new ASN1ObjectIdentifier(policy)));
        BigInteger nonce = new BigInteger(63, RANDOM);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, nonce);
        byte[] answer;
        try {
            pace(server);
            answer = http.post(
                    server.url(),
                    "application/timestamp-query",
                    request.getEncoded(),
                    server.user().map(user -> user + ":" + server.password().orElse("")));
        } catch (IOException e) {
            throw new FetchException(server.url(), "cannot encode the request", e);
        }
        TimeStampToken token = checked(server, request, answer);
        try {
            return new Stamp(token, token.getEncoded(), server);
        } catch (IOException e) {
            throw new FetchException(server.url(), "cannot encode the time-stamp token", e);
        }
    }

    private static TimeStampToken checked(TimestampServer server, TimeStampRequest request, byte[] answer)
            throws FetchException {
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(answer);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new FetchException(server.url(), "the answer is not an RFC 3161 time-stamp response", e);
        }
        try {
            response.validate(request);
        } catch (TSPException e) {
            String status = response.getStatusString() == null ? "" : " (" + response.getStatusString() + ")";
            throw new FetchException(
                    server.url(), "time-stamp refused or not for this request: " + e.getMessage() + status, e);
        }
        TimeStampToken token = response.getTimeStampToken();
        X509Certificate tsa = signerCertificate(server, token);
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        } catch (TSPException | OperatorCreationException e) {
            throw new FetchException(
                    server.url(), "the time-stamp's signature or TSA certificate is not valid: " + e.getMessage(), e);
        }
        return token;
    }

    private static X509Certificate signerCertificate(TimestampServer server, TimeStampToken token)
            throws FetchException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new FetchException(server.url(), "the time-stamp does not carry the TSA's certificate");
        }
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            throw new FetchException(server.url(), "the TSA's certificate cannot be read", e);
        }
    }

    static List<X509Certificate> certificates(TimeStampToken token) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
        for (X509CertificateHolder holder : all) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                LOG.debug("skipping an unreadable certificate in a time-stamp", e);
            }
        }
        return certificates;
    }

    /** Waits so that two requests to one server are at least the minimum interval apart. */
    private void pace(TimestampServer server) throws FetchException {
        Duration interval = http.settings().minimumInterval();
        String key = server.url().getHost() + ":" + server.url().getPort();
        synchronized (lastRequest) {
            Instant previous = lastRequest.get(key);
            Instant now = Instant.now();
            if (previous != null) {
                Duration since = Duration.between(previous, now);
                if (since.compareTo(interval) < 0) {
                    HttpFetcher.sleep(interval.minus(since));
                }
            }
            lastRequest.put(key, Instant.now());
        }
    }
}
