/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vnsign.app.i18n.Messages;
import org.vnsign.app.outbox.OutboxDelivery;
import org.vnsign.app.outbox.OutboxEntry;
import org.vnsign.app.outbox.OutboxLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "outbox",
        mixinStandardHelpOptions = true,
        description = {
            "Các tệp đã ký đang chờ gửi về hệ thống QLVB; --retry gửi lại ngay.",
            "Signed files waiting for their document system; --retry sends them again now."
        })
final class OutboxCommand extends Subcommand {
    /** The status of a file whose last upload may or may not have arrived: not sent again unasked. */
    static final String UNKNOWN = "unknown";

    @Option(names = "--retry", description = "Try every waiting file now, whatever its backoff.")
    boolean retry;

    @Option(
            names = "--resend-unknown",
            description = "With --retry, also send again files whose last upload may have arrived"
                    + " (check the document system first: a VGCA server would store them twice).")
    boolean resendUnknown;

    @Override
    public Integer call() throws IOException {
        SendOrQueue outboxes = SendOrQueue.standard();
        List<JsonViews.OutboxView> views = new ArrayList<>();
        boolean anyFailed = false;
        if (retry) {
            List<OutboxDelivery.Attempt> attempts;
            try {
                attempts = outboxes.delivery().deliverAll(false, resendUnknown);
            } catch (OutboxLock.BusyException e) {
                err().println(messages().get("outbox.busy"));
                return ExitCodes.NETWORK;
            }
            for (OutboxDelivery.Attempt attempt : attempts) {
                boolean delivered = attempt.result().delivered();
                anyFailed |= !delivered;
                OutboxEntry entry = attempt.entry();
                boolean heldBack = !delivered && entry.resendNeedsConsent() && !resendUnknown;
                views.add(view(
                        entry,
                        delivered ? JsonViews.Upload.DELIVERED : heldBack ? UNKNOWN : JsonViews.Upload.QUEUED,
                        delivered
                                ? ""
                                : heldBack
                                        ? messages().get("outbox.heldBack")
                                        : attempt.result().message()));
            }
        } else {
            for (OutboxEntry entry : outboxes.outbox().pending()) {
                views.add(
                        view(entry, entry.resendNeedsConsent() ? UNKNOWN : JsonViews.Upload.QUEUED, entry.lastError()));
            }
        }
        print(views);
        return anyFailed ? ExitCodes.NETWORK : ExitCodes.OK;
    }

    private static JsonViews.OutboxView view(OutboxEntry entry, String status, String error) {
        return new JsonViews.OutboxView(
                entry.id(),
                entry.fileName(),
                entry.destination().url(),
                entry.created().toString(),
                entry.attempts(),
                error,
                entry.nextAttempt().toString(),
                status);
    }

    private void print(List<JsonViews.OutboxView> views) {
        if (json) {
            out().println(JsonViews.toJson(new JsonViews.OutboxEntries(views)));
            return;
        }
        if (views.isEmpty()) {
            out().println(messages().get("outbox.empty"));
        }
        Messages messages = messages();
        for (JsonViews.OutboxView view : views) {
            String attempts = String.valueOf(view.attempts());
            out().println(messages.get(
                    "outbox.line", view.status(), view.file(), view.uploadUrl(), attempts, view.lastError()));
        }
    }
}
