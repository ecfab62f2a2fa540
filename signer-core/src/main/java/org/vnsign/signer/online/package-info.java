/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * What the long-term levels fetch from the network, each answer checked before it is used:
 * RFC 3161 time-stamps, OCSP responses, CRLs and CA certificates named in the certificates' AIA
 * and CRL distribution points, with a cache honouring nextUpdate. No PDF code here: the
 * {@code longterm} package writes what this package fetched.
 */
package org.vnsign.signer.online;
