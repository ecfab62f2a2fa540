/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

import java.util.Optional;

/**
 * One change made after a signature: what it is, the page it is on (1-based, when it is on one),
 * whether the rules allow it after that signature, and a sentence that says it.
 */
public record Change(ChangeKind kind, Optional<Integer> page, boolean allowed, Reason description) {}
