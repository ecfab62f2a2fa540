/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import java.util.ArrayList;
import java.util.List;

/** A PIN callback for tests: answers with a fixed PIN (or cancels) and remembers what it was asked and handed out. */
public final class RecordingPinCallback implements PinCallback {
    private final String pin;
    private final List<PinRequest> requests = new ArrayList<>();
    private final List<char[]> handedOut = new ArrayList<>();

    private RecordingPinCallback(String pin) {
        this.pin = pin;
    }

    public static RecordingPinCallback answering(String pin) {
        return new RecordingPinCallback(pin);
    }

    public static RecordingPinCallback cancelling() {
        return new RecordingPinCallback(null);
    }

    @Override
    public synchronized char[] pin(PinRequest request) {
        requests.add(request);
        if (pin == null) {
            return null;
        }
        char[] value = pin.toCharArray();
        handedOut.add(value);
        return value;
    }

    public synchronized List<PinRequest> requests() {
        return List.copyOf(requests);
    }

    /** The arrays given to the driver; it must have wiped each of them. */
    public synchronized List<char[]> handedOut() {
        return List.copyOf(handedOut);
    }
}
