/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Real PKI services on 127.0.0.1 for the long-term signature tests: an RFC 3161 time-stamping
 * authority (Bouncy Castle's generator), OpenSSL's OCSP responder, and CRLs and CA certificates
 * over HTTP, all for the {@link org.vnsign.testsupport.pki.TestPki} whose certificates point at
 * them.
 */
package org.vnsign.testsupport.services;
