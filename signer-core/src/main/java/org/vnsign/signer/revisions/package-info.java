/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * What happened to a file after each signature: the chain of incremental updates must be intact,
 * other readers must see the same document, and each change is compared with what the signatures
 * allow (ISO 32000-2 12.8.2, DocMDP and field locks).
 */
package org.vnsign.signer.revisions;
