/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;

/** The desktop's PIN field hands over the PIN as characters and keeps none of it. */
class PinFieldIT {
    @Test
    void thePinComesOutAsCharactersAndTheFieldIsWipedAndEmptied() throws Exception {
        start();
        FutureTask<Object[]> task = new FutureTask<>(() -> {
            PasswordField field = new PasswordField();
            field.setText("");
            field.appendText("12");
            field.appendText("3456");
            char[] typed = FxDialogService.typedWithoutString(field);
            return new Object[] {typed, field.getCharacters().length()};
        });
        Platform.runLater(task);
        Object[] result = task.get(30, TimeUnit.SECONDS);

        assertThat((char[]) result[0]).containsExactly('1', '2', '3', '4', '5', '6');
        assertThat(result[1]).isEqualTo(0);
    }

    private static void start() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    }
}
