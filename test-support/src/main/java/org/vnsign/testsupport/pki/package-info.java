/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** A test PKI generated with Bouncy Castle at test time, dates relative to now. */
package org.vnsign.testsupport.pki;
