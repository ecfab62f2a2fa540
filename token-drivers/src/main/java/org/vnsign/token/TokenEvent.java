/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/**
 * A token appeared or disappeared.
 *
 * @param type inserted or removed
 * @param token the token as last seen
 */
public record TokenEvent(Type type, TokenDescriptor token) {
    /** What happened. */
    public enum Type {
        INSERTED,
        REMOVED
    }
}
