/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The local bridge web-based QLVB pages ask to sign through: an HTTP+JSON server on 127.0.0.1
 * that answers only the administrator's allowed origins, and hands every request to the desktop,
 * where the user sees the document before anything is signed. See {@code docs/bridge.md}.
 */
package org.vnsign.app.bridge;
